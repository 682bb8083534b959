"""The career plan form: every save writes a new version; nothing is overwritten (6.1.2, 6.1.3)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from careerplans.models import CareerPlan, DeliveryChannel, PlanDelivery
from workers.records import WorkerRecordForm


class PlanVersionForm(WorkerRecordForm):
    """For a worker without a plan: its first version. For a copy of a version (its `plan` set):
    the plan's next version, for the same worker, with the reason for the change."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.plan_id is not None:
            self.fields["worker"].disabled = True

    def clean_worker(self):
        worker = self.cleaned_data["worker"]
        if self.instance.plan_id is None and worker.career_plans.exists():
            raise ValidationError(
                _(
                    "This worker already has a career plan. Open it and make a new version "
                    "from it, so that the earlier versions stay on file."
                ),
                code="has_plan",
            )
        return worker

    def clean_reason_for_change(self):
        reason = self.cleaned_data["reason_for_change"].strip()
        if self.instance.plan_id is not None and not reason:
            raise ValidationError(
                _("Say why the plan changes: the reason is kept with the new version."),
                code="required",
            )
        return reason

    def save(self, commit=True):
        version = self.instance
        if version.plan_id is None:
            version.plan = CareerPlan.objects.create(worker=version.worker)
        version.author = self.for_user
        return super().save(commit=commit)


class DeliveryForm(forms.ModelForm):
    how = forms.ChoiceField(
        label=pgettext_lazy("career plan", "how"),
        choices=DeliveryChannel.choices,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = PlanDelivery
        fields = ["delivered_on", "how"]

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from workers.records import WorkerRecordForm


class AssessmentForm(WorkerRecordForm):
    def clean(self):
        cleaned = super().clean()
        if not self.instance.may_be_corrected():
            raise ValidationError(
                _(
                    "This assessment was recorded on an earlier day and can no longer be "
                    "changed. To correct it, record a new assessment: the history keeps both."
                ),
                code="closed",
            )
        return cleaned

    def save(self, commit=True):
        if self.instance.pk is None:
            self.instance.assessor = self.for_user
        return super().save(commit=commit)

"""The forms of a worker's training records: who recorded them, and which courses can be chosen."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from portal.dates import lhasa_today
from training.models import CoursePage
from training.records.models import NOT_QUALIFIED, TrainingPlan
from workers.models import Worker
from workers.records import WorkerRecordForm


class TrainingPlanForm(WorkerRecordForm):
    def save(self, commit=True):
        if self.instance.pk is None:
            self.instance.recorded_by = self.for_user
        return super().save(commit=commit)


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, course):
        return f"{course.title} · {course.institution} · {course.start_date:%Y-%m-%d}"


class EnrolmentForm(WorkerRecordForm):
    """Offers only the courses whose institution is qualified on the enrolment date (the one
    typed, else the record's, else today), in the catalogue's Chinese copy."""

    course = CourseChoiceField(
        label=_("course"),
        queryset=None,
        error_messages={"invalid_choice": NOT_QUALIFIED},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = (
            CoursePage.objects.filter(locale=Locale.get_default())
            .qualified_on(self.enrolment_day())
            .select_related("institution")
            .order_by("-start_date", "path")
        )
        if "plan" in self.fields and self.for_user is not None:
            visible = Worker.objects.visible_to(self.for_user)
            self.fields["plan"].queryset = TrainingPlan.objects.filter(worker__in=visible)

    def enrolment_day(self):
        field = self.fields["enrolled_on"]
        if self.is_bound:
            typed = field.widget.value_from_datadict(
                self.data, self.files, self.add_prefix("enrolled_on")
            )
            try:
                day = field.clean(typed)
            except ValidationError:
                day = None
            if day:
                return day
        return self.instance.enrolled_on or lhasa_today()

    def save(self, commit=True):
        if self.instance.pk is None:
            self.instance.recorded_by = self.for_user
        # Notes added now were written by the member of staff who saves them.
        for form in self.formsets["progress_notes"].forms:
            if form.instance.pk is None and form.has_changed():
                form.instance.by = self.for_user
        return super().save(commit=commit)

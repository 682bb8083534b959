"""Training plans, enrolments and their progress notes (clauses 6.2.1–6.2.3)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from portal.dates import lhasa_today

NOT_QUALIFIED = _(
    "The institution of this course is not qualified on the enrolment date (its licence has "
    "lapsed or is not yet valid). Choose a course of a qualified institution."
)


class TrainingPlan(models.Model):
    """What training a worker needs, found from their assessment, and what it should lead to
    (clause 6.2.1)."""

    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="training_plans",
    )
    need = models.TextField(
        _("training need"),
        max_length=2000,
        help_text=_("The skill or knowledge the worker lacks for the work they want."),
    )
    occupation = models.ForeignKey(
        "occupations.Occupation",
        verbose_name=_("occupation trained for"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"level": 4},
    )
    identified_on = models.DateField(_("need identified on"), default=lhasa_today)
    goal = models.TextField(
        _("goal"),
        max_length=2000,
        help_text=_("What the training should lead to, e.g. a level 5 certificate and a job."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-identified_on", "-pk"]
        verbose_name = _("training plan")
        verbose_name_plural = _("training plans")

    def __str__(self):
        return f"{self.worker} · {self.identified_on:%Y-%m-%d}"


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("Enrolled")
    COMPLETED = "completed", _("Completed")
    DROPPED = "dropped", _("Dropped out")


class Enrolment(ClusterableModel):
    """A worker's place on a course of the catalogue, and how it ended (clauses 6.2.2, 6.2.3).

    Only a course whose institution is qualified on the enrolment date can be chosen; a
    completed course records the certificate obtained, a dropped one the reason.
    """

    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "training.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    plan = models.ForeignKey(
        TrainingPlan,
        verbose_name=_("training plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
    )
    enrolled_on = models.DateField(_("enrolled on"), default=lhasa_today)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.ENROLLED,
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    certificate_name = models.CharField(_("certificate obtained"), max_length=100, blank=True)
    certificate_number = models.CharField(_("certificate number"), max_length=60, blank=True)
    dropped_on = models.DateField(_("dropped out on"), null=True, blank=True)
    dropped_reason = models.TextField(_("why the worker dropped out"), max_length=1000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-enrolled_on", "-pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.worker} · {self.course}"

    def clean(self):
        super().clean()
        errors = {}
        if self.course_id and self.enrolled_on:
            from training.models import CoursePage  # training.models imports this module

            qualified = CoursePage.objects.qualified_on(self.enrolled_on)
            if not qualified.filter(pk=self.course_id).exists():
                errors["course"] = NOT_QUALIFIED
        if self.plan_id and self.worker_id and self.plan.worker_id != self.worker_id:
            errors["plan"] = _("This training plan is another worker's.")
        errors.update(self.result_errors())
        if errors:
            raise ValidationError(errors)

    def result_errors(self):
        """A completed course needs its certificate, a dropped one its reason; each its date,
        not before the enrolment."""
        errors = {}
        if self.status == EnrolmentStatus.COMPLETED:
            required = {
                "completed_on": _("Enter the day the worker completed the course."),
                "certificate_name": _("Enter the certificate the worker obtained."),
                "certificate_number": _("Enter the number printed on the certificate."),
            }
            day = self.completed_on
        elif self.status == EnrolmentStatus.DROPPED:
            required = {
                "dropped_on": _("Enter the day the worker dropped out."),
                "dropped_reason": _("Say why the worker dropped out."),
            }
            day = self.dropped_on
        else:
            return errors
        for name, message in required.items():
            value = getattr(self, name)
            if not (value.strip() if isinstance(value, str) else value):
                errors[name] = message
        if day and self.enrolled_on and day < self.enrolled_on:
            errors[next(iter(required))] = _("This day is before the enrolment.")
        return errors


class ProgressNote(Orderable):
    """How the worker is getting on: attendance, a test passed, a difficulty (clause 6.2.3)."""

    enrolment = ParentalKey(Enrolment, on_delete=models.CASCADE, related_name="progress_notes")
    date = models.DateField(_("date"), default=lhasa_today)
    note = models.TextField(_("note"), max_length=2000)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.note[:40]}"

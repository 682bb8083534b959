"""Help in looking for work (clause 6.3.3): the interviews the service arranges for a worker and
what came of them. The worker's CV is built from the worker record (jobseeking/cv.py)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InterviewOutcome(models.TextChoices):
    PENDING = "pending", _("Not known yet")
    OFFERED = "offered", _("Offered the job")
    NOT_OFFERED = "not_offered", _("Not offered the job")
    DECLINED = "declined", _("The worker declined")
    NO_SHOW = "no_show", _("The worker did not attend")


class Interview(models.Model):
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="interviews",
    )
    job = models.ForeignKey(
        "jobs.JobPage",
        verbose_name=_("job"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The job on the portal, if the interview is for one."),
    )
    employer_name = models.CharField(
        _("employer"),
        max_length=200,
        blank=True,
        help_text=_("Left empty, it is the employer of the job chosen above."),
    )
    when = models.DateTimeField(_("date and time"))
    place = models.CharField(_("place"), max_length=200)
    arranged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("arranged by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    outcome = models.CharField(
        _("outcome"),
        max_length=12,
        choices=InterviewOutcome.choices,
        default=InterviewOutcome.PENDING,
    )
    notes = models.TextField(_("notes"), max_length=2000, blank=True)

    class Meta:
        ordering = ["-when"]
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")

    def __str__(self):
        return f"{self.worker} · {self.employer_name}"

    def clean(self):
        super().clean()
        errors = {}
        if not self.employer_name.strip():
            if self.job_id:
                self.employer_name = self.job.employer.name
            else:
                errors["employer_name"] = _("Enter the employer, or choose the job.")
        outcome_known = self.outcome != InterviewOutcome.PENDING
        if outcome_known and self.when and self.when > timezone.now():
            errors["outcome"] = _("The interview has not taken place yet: its outcome is unknown.")
        if errors:
            raise ValidationError(errors)

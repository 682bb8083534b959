"""Staff assessments of a worker's abilities (clauses 6.1.1 and 4.4.1(2)).

A counsellor scores three dimensions, each with its evidence, sums up and recommends the next
step of the service. Every assessment is a record of its own: a later one does not replace an
earlier one, so the worker's history shows how they moved. An assessment may be corrected on the
day it was made only; after that a correction is a new assessment.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.dates import lhasa_today


class Score(models.IntegerChoices):
    """The same scale for each dimension, so that scores can be compared over time."""

    VERY_LOW = 1, _("1 – far from it: needs much support")
    LOW = 2, _("2 – some way to go: needs support")
    FAIR = 3, _("3 – partly there: needs a little support")
    GOOD = 4, _("4 – largely there: ready with light guidance")
    VERY_GOOD = 5, _("5 – fully there: ready now")


class NextStep(models.TextChoices):
    CAREER_PLAN = "plan", _("Write a career plan")
    TRAINING = "training", _("Skills training")
    JOB_MATCHING = "matching", _("Job matching")
    ENTREPRENEURSHIP = "business", _("Entrepreneurship guidance")


class StaffAssessment(models.Model):
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    assessed_on = models.DateField(_("assessed on"), default=lhasa_today)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    skill_score = models.PositiveSmallIntegerField(_("skill level"), choices=Score.choices)
    skill_evidence = models.TextField(
        _("evidence of the skill level"),
        help_text=_("What the worker showed or told: trades, certificates, years of work."),
    )
    willingness_score = models.PositiveSmallIntegerField(
        _("employment willingness"), choices=Score.choices
    )
    willingness_evidence = models.TextField(
        _("evidence of the willingness"),
        help_text=_("How much the worker wants to work, where, and what holds them back."),
    )
    fit_score = models.PositiveSmallIntegerField(_("job fit"), choices=Score.choices)
    fit_evidence = models.TextField(
        _("evidence of the job fit"),
        help_text=_("How the worker's skills and wishes match the jobs open in Lhasa."),
    )
    summary = models.TextField(pgettext_lazy("assessment", "summary"))
    next_step = models.CharField(
        _("recommended next step"), max_length=10, choices=NextStep.choices
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["-assessed_on", "-created_at"]
        verbose_name = _("ability assessment")
        verbose_name_plural = _("ability assessments")

    def __str__(self):
        return f"{self.worker} · {self.assessed_on:%Y-%m-%d}"

    def may_be_corrected(self, today=None):
        """Only on the day it was recorded (in Lhasa): later, a correction is a new record."""
        if self.pk is None:
            return True
        return lhasa_today(self.created_at) == (today or lhasa_today())


# The self-assessment's models live in their own module; imported here for Django to find them.
from assessments.instrument import (  # noqa: E402, F401
    AnswerOption,
    AnswerScale,
    Dimension,
    Question,
    Questionnaire,
    SelfAssessment,
)

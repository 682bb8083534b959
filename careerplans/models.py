"""Career plans (clauses 6.1.2 and 6.1.3): written with the worker, changed only by new versions.

A plan is a series of versions. Each version holds the five parts of clause 6.1.2 and its action
steps; a later version carries the reason for the change, and earlier versions are never
overwritten, so what the worker was handed stays on file as it was. A delivery records that a
version was given to the worker, on paper or electronically (clause 6.1.3).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from portal.dates import lhasa_today

# The parts of a version that compare views and the PDF show, in the order of clause 6.1.2.
PARTS = [
    "self_awareness",
    "local_industry",
    "employment_goal",
    "development_path",
    "reason_for_change",
]


class CareerPlan(models.Model):
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="career_plans",
    )
    created_at = models.DateTimeField(pgettext_lazy("career plan", "started"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("career plan")
        verbose_name_plural = _("career plans")

    def __str__(self):
        return str(self.worker)

    def latest(self):
        return self.versions.order_by("-number").first()


class PlanVersion(ClusterableModel):
    """One version of a plan. It names the worker as well as the plan, as every record about a
    worker does (workers/records.py): the caseload rule, the audit log and the worker's
    timeline find it by `worker`. The form keeps the two in agreement."""

    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="career_plan_versions",
    )
    plan = models.ForeignKey(
        CareerPlan, verbose_name=_("career plan"), on_delete=models.CASCADE, related_name="versions"
    )
    # Blank until saved: the first save gives the plan's next number.
    number = models.PositiveSmallIntegerField(_("version"), editable=False, blank=True)
    self_awareness = models.TextField(
        _("self-awareness"),
        help_text=_("The worker's own view of their interests, strengths and limits."),
    )
    local_industry = models.TextField(
        _("local industry"),
        help_text=_("The industries and employers near home that fit, and what they ask for."),
    )
    employment_goal = models.TextField(pgettext_lazy("career plan", "employment goal"))
    development_path = models.TextField(
        _("development path"), help_text=_("How to get from here to the goal, step by step.")
    )
    reason_for_change = models.TextField(
        _("reason for the change"),
        blank=True,
        help_text=_("Why this version differs from the one before. Required from version 2."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("career plan", "counsellor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-number"]
        verbose_name = _("career plan version")
        verbose_name_plural = _("career plan versions")
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="one_version_per_number")
        ]

    def __str__(self):
        return _("%(worker)s, version %(number)s") % {
            "worker": self.worker,
            "number": self.number,
        }

    def save(self, *args, **kwargs):
        if self.number is None:
            latest = self.plan.latest()
            self.number = latest.number + 1 if latest else 1
        super().save(*args, **kwargs)

    def previous(self):
        return self.plan.versions.filter(number__lt=self.number).order_by("-number").first()

    def copy(self):
        """An unsaved next version with the same parts and steps, for the counsellor to change."""
        parts = {part: getattr(self, part) for part in PARTS}
        copy = PlanVersion(plan=self.plan, worker=self.worker, **parts)
        copy.reason_for_change = ""
        copy.steps = [
            ActionStep(what=step.what, due_on=step.due_on, status=step.status)
            for step in self.steps.all()
        ]
        return copy


class StepStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class ActionStep(Orderable):
    version = ParentalKey(PlanVersion, on_delete=models.CASCADE, related_name="steps")
    what = models.CharField(pgettext_lazy("career plan", "action"), max_length=200)
    due_on = models.DateField(pgettext_lazy("career plan", "due on"))
    status = models.CharField(
        _("status"), max_length=10, choices=StepStatus.choices, default=StepStatus.PLANNED
    )

    class Meta(Orderable.Meta):
        verbose_name = _("action step")
        verbose_name_plural = _("action steps")

    def __str__(self):
        return self.what


class DeliveryChannel(models.TextChoices):
    PRINTED = "printed", _("Printed and handed over")
    ELECTRONIC = "electronic", _("Sent electronically")


class PlanDelivery(models.Model):
    version = models.ForeignKey(
        PlanVersion,
        verbose_name=_("career plan version"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    delivered_on = models.DateField(_("delivered on"), default=lhasa_today)
    how = models.CharField(
        pgettext_lazy("career plan", "how"), max_length=10, choices=DeliveryChannel.choices
    )
    delivered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("delivered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-delivered_on", "-pk"]
        verbose_name = _("plan delivery")
        verbose_name_plural = _("plan deliveries")

    def __str__(self):
        return f"{self.version} · {self.get_how_display()}"

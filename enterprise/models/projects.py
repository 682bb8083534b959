"""A worker's business project (clause 6.4): the feasibility checklist, the business plan with
its budget, and the referrals to support resources.

The checklist's figures are the worker's own estimates at the first talk, scored against the
risk rules (4.4.1(5)); the business plan's budget lines work them out line by line later.
"""

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from enterprise import feasibility
from enterprise.models.rules import RiskRule
from portal.dates import lhasa_today


def yes_no(label):
    """A checklist question answered yes, no, or not yet."""
    return models.BooleanField(label, null=True, blank=True)


def yuan(label, **options):
    return models.PositiveIntegerField(label, null=True, blank=True, **options)


class BusinessProject(ClusterableModel):
    class Stage(models.TextChoices):
        IDEA = "idea", _("idea")
        PREPARING = "preparing", _("preparing")
        STARTED = "started", _("started")
        STOPPED = "stopped", _("stopped")

    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="business_projects",
    )
    name = models.CharField(_("project"), max_length=120)
    sector = models.CharField(_("sector"), max_length=100, blank=True)
    occupation_group = models.ForeignKey(
        "occupations.Occupation",
        verbose_name=_("major group of the classification"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"level": 1},
        related_name="+",
    )
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.IDEA)
    started_on = models.DateField(_("started on"), null=True, blank=True)

    # The feasibility checklist; field names are the question names of feasibility.py.
    market_evidence = yes_no(_("market evidence gathered"))
    own_funds = yuan(_("own funds (yuan)"))
    planned_debt = yuan(_("planned debt (yuan)"))
    monthly_costs = yuan(_("monthly costs (yuan)"))
    monthly_revenue = yuan(_("expected monthly revenue (yuan)"))
    licence_needed = yes_no(_("licence needed"))
    licence_applied = yes_no(_("licence applied for"))
    trade_experience = models.DecimalField(
        _("experience in the trade (years)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
    )
    premises_secured = yes_no(_("premises secured"))
    family_support = yes_no(_("family support"))

    # The business plan (6.4.2).
    positioning = models.TextField(
        _("positioning"), blank=True, help_text=_("What is sold, to whom, against which rivals.")
    )
    operating_model = models.TextField(
        _("operating model"), blank=True, help_text=_("Who does the work, where, how it sells.")
    )

    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("business project")
        verbose_name_plural = _("business projects")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if not self.sector and self.occupation_group_id is None:
            errors["sector"] = _(
                "Name the sector, or choose its major group of the occupational classification."
            )
        if self.stage == self.Stage.STARTED and self.started_on is None:
            errors["started_on"] = _("Give the day the business started.")
        elif self.started_on and self.started_on > lhasa_today():
            errors["started_on"] = _("The business cannot have started after today.")
        if errors:
            raise ValidationError(errors)

    # Feasibility (4.4.1(5)).

    def answers(self):
        return {question: getattr(self, question) for question in feasibility.QUESTIONS}

    def feasibility(self, rules=None):
        """The risk score and warnings under the active risk rules."""
        if rules is None:
            rules = RiskRule.objects.filter(active=True)
        return feasibility.evaluate(self.answers(), rules)

    # The budget's totals (6.4.2), in yuan.

    def budget_total(self, kind):
        return sum(line.amount for line in self.budget_lines.all() if line.kind == kind)

    @property
    def startup_total(self):
        return self.budget_total(BudgetLine.Kind.STARTUP)

    @property
    def monthly_costs_total(self):
        return self.budget_total(BudgetLine.Kind.MONTHLY_COST)

    @property
    def monthly_revenue_total(self):
        return self.budget_total(BudgetLine.Kind.MONTHLY_REVENUE)

    @property
    def monthly_margin(self):
        return self.monthly_revenue_total - self.monthly_costs_total

    @property
    def months_to_recover(self):
        """Whole months of margin that pay back the start-up cost; None when the margin is not
        positive, so the cost is never recovered."""
        if self.startup_total == 0:
            return 0
        if self.monthly_margin <= 0:
            return None
        return math.ceil(self.startup_total / self.monthly_margin)


class BudgetLine(Orderable):
    class Kind(models.TextChoices):
        STARTUP = "startup", _("start-up cost")
        MONTHLY_COST = "monthly_cost", _("monthly cost")
        MONTHLY_REVENUE = "monthly_revenue", _("monthly revenue")

    project = ParentalKey(BusinessProject, on_delete=models.CASCADE, related_name="budget_lines")
    item = models.CharField(_("item"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    amount = models.PositiveIntegerField(_("amount (yuan)"))

    class Meta(Orderable.Meta):
        verbose_name = _("budget line")
        verbose_name_plural = _("budget")


class Referral(Orderable):
    """The worker sent to a support resource (6.4.3), and what came of it."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        REFUSED = "refused", _("refused")
        NOT_PURSUED = "not_pursued", _("not pursued")

    project = ParentalKey(BusinessProject, on_delete=models.CASCADE, related_name="referrals")
    resource = models.ForeignKey(
        "enterprise.SupportResource",
        verbose_name=_("support resource"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    referred_on = models.DateField(_("referred on"), default=lhasa_today)
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=Outcome.choices, default=Outcome.PENDING
    )
    decided_on = models.DateField(_("outcome known on"), null=True, blank=True)
    amount_approved = yuan(_("amount approved (yuan)"))
    notes = models.TextField(_("notes"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self):
        return str(self.resource)

    def clean(self):
        super().clean()
        errors = {}
        resource = self.resource if self.resource_id else None
        if resource and self._state.adding and not resource.active:
            errors["resource"] = _("This resource is no longer offered.")
        elif resource and self.referred_on and resource.expired_on(self.referred_on):
            errors["resource"] = _("This resource was no longer valid on the day of referral.")
        if self.outcome != self.Outcome.PENDING and self.decided_on is None:
            errors["decided_on"] = _("Give the day the outcome became known.")
        elif self.decided_on and self.referred_on and self.decided_on < self.referred_on:
            errors["decided_on"] = _("The outcome cannot be known before the referral.")
        if self.amount_approved is not None and self.outcome != self.Outcome.APPROVED:
            errors["amount_approved"] = _("Only an approved referral has an amount approved.")
        if errors:
            raise ValidationError(errors)

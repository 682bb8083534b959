"""The rules that turn the feasibility checklist into a risk score and named warnings
(clause 4.4.1(5)). Supervisors keep them; enterprise/feasibility.py applies them."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from enterprise import feasibility
from portal.text import HAN

HAN_CHARACTER = re.compile(f"[{HAN}]")
TIBETAN_LETTER = re.compile("[\u0f40-\u0f6c]")


class Answer(models.TextChoices):
    """The checklist's questions and the measures derived from them (feasibility.py)."""

    MARKET_EVIDENCE = feasibility.MARKET_EVIDENCE, _("market evidence gathered")
    OWN_FUNDS = feasibility.OWN_FUNDS, _("own funds (yuan)")
    PLANNED_DEBT = feasibility.PLANNED_DEBT, _("planned debt (yuan)")
    MONTHLY_COSTS = feasibility.MONTHLY_COSTS, _("monthly costs (yuan)")
    MONTHLY_REVENUE = feasibility.MONTHLY_REVENUE, _("expected monthly revenue (yuan)")
    LICENCE_NEEDED = feasibility.LICENCE_NEEDED, _("licence needed")
    LICENCE_APPLIED = feasibility.LICENCE_APPLIED, _("licence applied for")
    TRADE_EXPERIENCE = feasibility.TRADE_EXPERIENCE, _("experience in the trade (years)")
    PREMISES_SECURED = feasibility.PREMISES_SECURED, _("premises secured")
    FAMILY_SUPPORT = feasibility.FAMILY_SUPPORT, _("family support")
    DEBT_RATIO = feasibility.DEBT_RATIO, _("planned debt ÷ own funds")
    COST_RATIO = feasibility.COST_RATIO, _("monthly costs ÷ expected monthly revenue")
    LICENCE_IN_ORDER = feasibility.LICENCE_IN_ORDER, _("licence not needed or applied for")


class Comparison(models.TextChoices):
    IS_FALSE = feasibility.IS_FALSE, _("is no")
    IS_TRUE = feasibility.IS_TRUE, _("is yes")
    GREATER_THAN = feasibility.GREATER_THAN, _("is greater than")
    LESS_THAN = feasibility.LESS_THAN, _("is less than")


class RiskRule(models.Model):
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices)
    comparison = models.CharField(_("comparison"), max_length=12, choices=Comparison.choices)
    threshold = models.DecimalField(
        _("threshold"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The number a numeric answer is compared with; none for a yes/no answer."),
    )
    points = models.PositiveSmallIntegerField(
        _("points"),
        validators=[MinValueValidator(1), MaxValueValidator(feasibility.MAX_SCORE)],
        help_text=_("Added to the risk score when the rule is triggered; the score stops at 100."),
    )
    warning_zh = models.CharField(_("warning in Chinese"), max_length=200)
    warning_bo = models.CharField(_("warning in Tibetan"), max_length=400)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["-points", "pk"]
        verbose_name = _("risk rule")
        verbose_name_plural = _("risk rules")

    def __str__(self):
        return self.warning

    @property
    def warning(self):
        """The warning in the reader's language."""
        return self.warning_bo if translation.get_language() == "bo" else self.warning_zh

    def clean(self):
        super().clean()
        errors = {}
        yes_no = self.answer in feasibility.YES_NO
        if yes_no and self.comparison in feasibility.NUMBER_COMPARISONS:
            errors["comparison"] = _('A yes/no answer is compared with "is yes" or "is no".')
        elif not yes_no and self.comparison in feasibility.YES_NO_COMPARISONS:
            errors["comparison"] = _(
                'A number is compared with "is greater than" or "is less than".'
            )
        elif not yes_no and self.threshold is None:
            errors["threshold"] = _("Give the number the answer is compared with.")
        if yes_no:
            self.threshold = None
        if self.warning_zh and not HAN_CHARACTER.search(self.warning_zh):
            errors["warning_zh"] = _("Write the warning in Chinese characters.")
        if self.warning_bo and (
            HAN_CHARACTER.search(self.warning_bo) or not TIBETAN_LETTER.search(self.warning_bo)
        ):
            errors["warning_bo"] = _("Write the warning in Tibetan script.")
        if errors:
            raise ValidationError(errors)

"""The Tibet Autonomous Region's minimum wage, kept by editors; reviewers are warned below it."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.dates import lhasa_today


class MinimumWageQuerySet(models.QuerySet):
    def current(self, on=None):
        """The rate in force on `on` (today in Lhasa by default), or None."""
        return (
            self.filter(effective_from__lte=on or lhasa_today()).order_by("-effective_from").first()
        )


class MinimumWage(models.Model):
    effective_from = models.DateField(_("in force from"), unique=True)
    monthly = models.DecimalField(_("monthly (yuan)"), max_digits=8, decimal_places=2)
    hourly = models.DecimalField(_("hourly, part-time (yuan)"), max_digits=6, decimal_places=2)
    source = models.CharField(_("document"), max_length=200, blank=True)

    objects = MinimumWageQuerySet.as_manager()

    class Meta:
        ordering = ["-effective_from"]
        verbose_name = _("minimum wage")
        verbose_name_plural = _("minimum wages")

    def __str__(self):
        return f"{self.effective_from:%Y-%m-%d}: {self.monthly}"

    def daily(self):
        """The monthly rate over 21.75 paid days, as Chinese labour law counts a month."""
        return (self.monthly / Decimal("21.75")).quantize(Decimal("0.01"))

"""The directory of what helps a worker start a business (clause 4.4.1(3); 6.4.3): loans,
cooperatives, venues, tax relief, training and sales channels, kept by staff."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.dates import lhasa_today


class SupportResourceQuerySet(models.QuerySet):
    def current(self, today=None):
        """Active resources that have not expired."""
        today = today or lhasa_today()
        return self.filter(active=True).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gte=today)
        )

    def open_in(self, area):
        """Resources of `area` and those open to all of Lhasa."""
        return self.filter(Q(area__isnull=True) | Q(area=area))


class SupportResource(models.Model):
    class Kind(models.TextChoices):
        FINANCE = "finance", _("finance (e.g. business-guarantee loans)")
        COOPERATIVE = "cooperative", _("cooperative")
        VENUE = "venue", _("venue or incubator")
        TAX_RELIEF = "tax_relief", _("tax relief")
        TRAINING = "training", _("training")
        MARKET = "market", _("market or sales channel")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=120)
    provider = models.CharField(
        _("provided by"),
        max_length=120,
        help_text=_("The bank, bureau, cooperative or company that grants it."),
    )
    area = models.ForeignKey(
        "regions.Area",
        verbose_name=_("district or county"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty when it is open to all of Lhasa."),
    )
    conditions = models.TextField(
        _("conditions"), blank=True, help_text=_("Who may apply, limits, documents required.")
    )
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)

    objects = SupportResourceQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("support resource")
        verbose_name_plural = _("support resources")

    def __str__(self):
        return self.name

    def expired_on(self, day):
        return self.valid_until is not None and day > self.valid_until

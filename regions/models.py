"""Where workers live and jobs are: Lhasa's districts and counties with their townships.

Reference data, shipped in regions/data/townships.csv and loaded by a migration. An `Area` is a
county-level unit of Lhasa (3 districts, 5 counties) or one of the two catch-alls, "elsewhere in
Tibet" and "outside Tibet"; a `Township` (乡, 镇 or 街道) belongs to one area and has
coordinates. The catch-alls have one township each, so that every job has a township.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class Area(models.Model):
    class Kind(models.TextChoices):
        DISTRICT = "district", _("district")
        COUNTY = "county", _("county")
        TIBET = "tibet", _("elsewhere in Tibet")
        OUTSIDE = "outside", _("outside Tibet")

    # The eight Lhasa areas use the values of portal.choices.District.
    code = models.SlugField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=120)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("district or county")
        verbose_name_plural = _("districts and counties")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name in the active language."""
        return self.name_bo if translation.get_language() == "bo" else self.name_zh

    @property
    def in_lhasa(self):
        return self.kind in (self.Kind.DISTRICT, self.Kind.COUNTY)


class Township(models.Model):
    class Kind(models.TextChoices):
        SUBDISTRICT = "subdistrict", _("subdistrict")
        TOWN = "town", _("town")
        TOWNSHIP = "township", _("rural township")  # 乡, as against the unit (乡镇)
        OTHER = "other", _("other")

    area = models.ForeignKey(
        Area,
        verbose_name=_("district or county"),
        on_delete=models.PROTECT,
        related_name="townships",
    )
    code = models.SlugField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=120)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["area__sort_order", "sort_order", "code"]
        verbose_name = _("township")
        verbose_name_plural = _("townships")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_bo if translation.get_language() == "bo" else self.name_zh

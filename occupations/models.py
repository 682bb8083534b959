from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class OccupationQuerySet(models.QuerySet):
    def occupations(self):
        """Only the finest level, the occupations themselves (细类)."""
        return self.filter(level=Occupation.Level.OCCUPATION)


class Occupation(models.Model):
    """One node of the national occupational classification (clause 4.4.2(2)).

    The classification has four levels, each coded below its parent: major group "6",
    medium group "6-29", minor group "6-29-01", occupation "6-29-01-01". Reference data, so each
    row carries its name in both languages rather than being translated through the admin.
    """

    class Level(models.IntegerChoices):
        MAJOR = 1, _("Major group")
        MEDIUM = 2, _("Medium group")
        MINOR = 3, _("Minor group")
        OCCUPATION = 4, _("Occupation")

    code = models.CharField(_("code"), max_length=20, unique=True)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    name_zh = models.CharField(_("name in Chinese"), max_length=120)
    name_bo = models.CharField(_("name in Tibetan"), max_length=250)

    objects = OccupationQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def name(self):
        """The name in the reader's language."""
        return self.name_bo if translation.get_language() == "bo" and self.name_bo else self.name_zh

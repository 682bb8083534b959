from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.choices import TargetGroupCode


class TargetGroup(models.Model):
    """One of the target groups of clause 5.1, as a row so that pages can name several.

    The rows are created by migration, one per TargetGroupCode; their names come from the
    catalogues, so they are the same in every language the portal speaks.
    """

    code = models.CharField(_("code"), max_length=32, choices=TargetGroupCode.choices, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return str(self.get_code_display())


class HolidaySchedule(models.Model):
    """A year whose official holiday schedule staff have checked: the State Council's notice
    of the national holidays and make-up working days, and the Tibet Autonomous Region's of
    its own days off. Working days of a year without one cannot be counted (portal/workdays)."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    source = models.CharField(
        _("source"),
        max_length=200,
        help_text=_("The notices the schedule follows, e.g. 国办发明电〔2025〕7号."),
    )
    checked_on = models.DateField(_("checked on"))

    class Meta:
        ordering = ["-year"]
        verbose_name = _("holiday schedule")
        verbose_name_plural = _("holiday schedules")

    def __str__(self):
        return str(self.year)


class SpecialDay(models.Model):
    """A day that is not what the national calendar makes it: a regional day off (Losar,
    Shoton) or a make-up working day, or a national change the calendar does not know yet."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Day off")
        WORKING_DAY = "working_day", _("Working day")

    day = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=100, help_text=_("e.g. 藏历新年, 雪顿节"))

    class Meta:
        ordering = ["-day"]
        verbose_name = _("special day")
        verbose_name_plural = _("special days")

    def __str__(self):
        return f"{self.day:%Y-%m-%d} {self.name}"

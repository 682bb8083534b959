from django.db import models
from django.utils.translation import gettext_lazy as _

from regions.distance import Tier


class Locality(models.IntegerChoices):
    """Where the workplace is, seen from the worker's home (just-near-home work, 就近就地)."""

    SAME_TOWNSHIP = 0, _("same township")
    SAME_AREA = 1, _("same county or district")
    LHASA = 2, _("elsewhere in Lhasa")
    OUTSIDE_LHASA = 3, _("outside Lhasa")

    @classmethod
    def of_tier(cls, tier):
        return cls.OUTSIDE_LHASA if tier >= Tier.TIBET else cls(int(tier))


class Channel(models.TextChoices):
    VISIT = "visit", _("visit")
    PHONE = "phone", _("telephone")
    MESSAGE = "message", _("message")


class Outcome(models.TextChoices):
    STAYING = "staying", _("still in the job")
    LEFT = "left", _("left the job")
    CHANGED = "changed", _("changed job")


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", _("due soon")
    OVERDUE = "overdue", _("overdue")

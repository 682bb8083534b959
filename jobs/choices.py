"""The vocabulary of a job posting."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SkillRequired(models.TextChoices):
    """The qualification a job asks for: none, a special ability certificate, or a level of the
    national vocational skill grading."""

    NONE = "none", _("No qualification needed")
    SPECIAL = "special", _("Special vocational ability certificate")
    LEVEL_5 = "5", _("Level 5: beginner")
    LEVEL_4 = "4", _("Level 4: intermediate")
    LEVEL_3 = "3", _("Level 3: senior")
    LEVEL_2 = "2", _("Level 2: technician")
    LEVEL_1 = "1", _("Level 1: senior technician")


class WageUnit(models.TextChoices):
    MONTH = "month", _("per month")
    DAY = "day", _("per day")
    PIECE = "piece", _("per piece")


class LanguageRequired(models.TextChoices):
    """The languages a worker must speak at work."""

    EITHER = "either", _("Chinese or Tibetan")
    CHINESE = "zh", _("Chinese")
    TIBETAN = "bo", _("Tibetan")
    BOTH = "both", _("Chinese and Tibetan")


class ContractType(models.TextChoices):
    OPEN_ENDED = "open_ended", _("Open-ended labour contract")
    FIXED_TERM = "fixed_term", _("Fixed-term labour contract")
    PROJECT = "project", _("Contract for a project")
    SEASONAL = "seasonal", _("Seasonal work")
    PART_TIME = "part_time", _("Part-time work")

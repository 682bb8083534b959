"""Vocabulary that several parts of the service share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class District(models.TextChoices):
    """Lhasa's three districts and five counties."""

    CHENGGUAN = "chengguan", _("Chengguan District")
    DUILONGDEQING = "duilongdeqing", _("Duilongdeqing District")
    DAZI = "dazi", _("Dazi District")
    LINZHOU = "linzhou", _("Linzhou County")
    DANGXIONG = "dangxiong", _("Dangxiong County")
    NIMU = "nimu", _("Nimu County")
    QUSHUI = "qushui", _("Qushui County")
    MOZHUGONGKA = "mozhugongka", _("Mozhugongka County")


class TargetGroupCode(models.TextChoices):
    """The groups of clause 5.1 that guidance, policies and statistics are organised by."""

    LONG_TERM_RETURNEES = "long_term_returnees", _("Long-term returnees")
    WOMEN = "women", _("Women")
    YOUTH = "youth", _("Youth")
    ETHNIC_MINORITIES = "ethnic_minorities", _("Ethnic minorities")
    ALL = "all", _("All returning workers")

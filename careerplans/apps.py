from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareerPlansConfig(AppConfig):
    name = "careerplans"
    verbose_name = _("Career plans")

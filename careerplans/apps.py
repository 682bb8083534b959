from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareerPlansConfig(AppConfig):
    name = "careerplans"
    verbose_name = _("Career plans")

    def ready(self):
        from careerplans import worker_page  # noqa: F401  registers the link and the timeline

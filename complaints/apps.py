from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "complaints"
    verbose_name = _("Complaints")

    def ready(self):
        # A complaint filed from a worker's phone shows on that worker's timeline.
        from complaints import timeline  # noqa: F401

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from assessments import (
            self_timeline,  # noqa: F401  self-assessments on the timeline
            worker_page,  # noqa: F401  registers the link and the timeline
        )

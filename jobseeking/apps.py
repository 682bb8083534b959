from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobSeekingConfig(AppConfig):
    name = "jobseeking"
    verbose_name = _("Job-seeking help")

    def ready(self):
        # The CV and interviews: on the worker page and its timeline.
        from jobseeking import timeline  # noqa: F401
        from workers.records import record_action

        record_action(_("Print a CV"), "jobseeking_cv", "workers.view_worker")
        record_action(_("Arrange an interview"), "interviews:add", "jobseeking.add_interview")

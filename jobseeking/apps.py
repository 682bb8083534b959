from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobSeekingConfig(AppConfig):
    name = "jobseeking"
    verbose_name = _("Job-seeking help")

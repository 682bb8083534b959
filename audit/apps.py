from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Audit log")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import ModelLogEntry

        from audit.recording import from_wagtail_log

        post_save.connect(from_wagtail_log, sender=ModelLogEntry, dispatch_uid="audit-wagtail-log")

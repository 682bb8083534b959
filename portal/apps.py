from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from wagtail.models import Locale

        from portal.cache import connect_signals
        from portal.i18n import forget_locales

        post_save.connect(forget_locales, sender=Locale)
        post_delete.connect(forget_locales, sender=Locale)
        connect_signals()

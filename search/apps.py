from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.text import use_vocabulary
        from search import signals
        from search.models import load_vocabulary, vocabulary_version

        use_vocabulary(
            vocabulary_version,
            load_vocabulary,
            check_seconds=lambda: getattr(settings, "SEARCH_VOCABULARY_CHECK_SECONDS", 5),
        )
        signals.connect()

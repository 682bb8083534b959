from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacementsConfig(AppConfig):
    name = "placements"
    verbose_name = _("Placements and follow-ups")

    def ready(self):
        from placements import timeline  # noqa: F401  (registers the timeline source)
        from workers.records import record_action

        record_action(_("Record a placement"), "placements:add", "placements.add_placement")

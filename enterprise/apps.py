from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnterpriseConfig(AppConfig):
    name = "enterprise"
    verbose_name = _("Entrepreneurship")

    def ready(self):
        from enterprise import timeline  # noqa: F401  (registers the timeline source)
        from workers.records import record_action

        record_action(
            _("Record a business project"),
            "business_projects:add",
            "enterprise.add_businessproject",
        )

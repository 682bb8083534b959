"""The Tibet minimum wage in the staff admin (clause 6.3.1): editors, moderators and job
reviewers keep the rates that job reviews are checked against (jobs/migrations/0005)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from jobs.models import MinimumWage


class MinimumWageViewSet(ModelViewSet):
    """A new rate is added as a row of its own from the day it takes effect, so that the rates
    of the past stay on record."""

    model = MinimumWage
    name = "minimum_wages"
    url_prefix = "jobs/minimum-wages"
    icon = "date"
    menu_label = _("Minimum wages")
    menu_order = 200
    copy_view_enabled = False
    list_display = ["effective_from", "monthly", "hourly", "source"]
    edit_handler = ObjectList(
        [
            FieldPanel("effective_from"),
            FieldRowPanel([FieldPanel("monthly"), FieldPanel("hourly")]),
            FieldPanel("source"),
        ]
    )

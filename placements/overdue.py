"""Follow-ups that need doing (6.5.1: overdue is visible and alerted): a dashboard panel of the
user's overdue and this week's follow-ups, and the report "Overdue follow-ups" with its
spreadsheet export. Both show the user's caseload only (a supervisor's is every worker)."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from placements.models import FollowUp
from portal.dates import lhasa_today

THIS_WEEK_DAYS = 7


def for_user(user):
    return FollowUp.objects.visible_to(user).select_related("placement__worker")


class FollowUpsPanel(Component):
    name = "follow_ups"
    order = 150
    LIMIT = 20

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        if not self.user.has_perm("placements.view_followup"):
            return ""
        today = lhasa_today()
        overdue = list(for_user(self.user).overdue(today)[: self.LIMIT])
        due_soon = list(for_user(self.user).due_soon(today, THIS_WEEK_DAYS)[: self.LIMIT])
        if not overdue and not due_soon:
            return ""
        return render_to_string(
            "placements/follow_ups_panel.html", {"overdue": overdue, "due_soon": due_soon}
        )


class OverdueFollowUpsReport(ReportView):
    page_title = _("Overdue follow-ups")
    header_icon = "date"
    index_url_name = "placements_overdue"
    index_results_url_name = "placements_overdue_results"
    model = FollowUp
    permission_required = "view"
    columns = [
        TitleColumn(
            "worker",
            label=_("worker"),
            accessor="placement.worker.name",
            get_url=lambda follow_up: reverse("placements_follow_ups:edit", args=(follow_up.pk,)),
        ),
        Column("employer", label=_("employer"), accessor="placement.employer_name"),
        Column("number", label=_("follow-up")),
        DateColumn("due_on", label=_("due on")),
        Column(
            "counsellor", label=_("responsible counsellor"), accessor="placement.worker.counsellor"
        ),
    ]
    list_export = [
        "placement.worker.name",
        "placement.employer_name",
        "number",
        "due_on",
        "placement.worker.counsellor",
    ]
    export_headings = {
        "placement.worker.name": _("worker"),
        "placement.employer_name": _("employer"),
        "number": _("follow-up"),
        "due_on": _("due on"),
        "placement.worker.counsellor": _("responsible counsellor"),
    }

    def get_filename(self):
        return f"overdue-follow-ups-{lhasa_today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            for_user(self.request.user)
            .overdue(lhasa_today())
            .select_related("placement__worker__counsellor")
            .order_by("due_on", "pk")
        )

"""On a complaint officer's dashboard: the open complaints of their departments, the answer
due soonest first, those not yet accepted after them (clause 7.3)."""

from django.db.models import F
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from complaints.models import Complaint
from portal.dates import lhasa_today


class OpenComplaintsPanel(Component):
    name = "open_complaints"
    order = 220
    LIMIT = 20

    def __init__(self, user):
        self.user = user

    def complaints(self):
        mine = Complaint.objects.filter(category__department__members=self.user)
        return (
            mine.open()
            .select_related("category")
            .order_by(F("due_on").asc(nulls_last=True), "received_at")[: self.LIMIT]
        )

    def render_html(self, parent_context=None):
        complaints = list(self.complaints())
        if not complaints:
            return ""
        return render_to_string(
            "complaints/admin/panel.html",
            {"complaints": complaints, "today": lhasa_today(), "heading": _("Open complaints")},
        )

"""Placements and follow-ups in the staff admin, kept within the caseload (workers/records.py).

A placement is recorded from the worker page; its page lists its follow-ups, each opened to be
recorded as done. Follow-ups are created by the placement, never added by hand, and no role
may delete one (6.5.3 keeps them).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from audit.recording import Audited
from placements.forms import FollowUpForm, PlacementForm
from placements.models import FollowUp, Placement
from placements.notices import tell_worker
from portal.dates import lhasa_today
from workers.records import RecordCreateView, RecordInspectView, WorkerRecordViewSet
from workers.retention import KeptFiveYears, OpenYearOnly


class PlacementCreateView(RecordCreateView):
    def save_instance(self):
        placement = super().save_instance()
        tell_worker(placement)
        return placement


class PlacementInspectView(RecordInspectView):
    template_name = "placements/placement_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["follow_ups"] = self.object.follow_ups.all()
        context["today"] = lhasa_today()
        context["can_record"] = self.request.user.has_perm("placements.change_followup")
        return context


class PlacementViewSet(WorkerRecordViewSet):
    model = Placement
    icon = "tick-inverse"
    menu_label = _("Placements")
    add_to_admin_menu = False
    add_view_class = PlacementCreateView
    inspect_view_class = PlacementInspectView
    list_display = ["worker", "employer_name", "start_date", "locality"]
    list_filter = ["locality", "start_date"]
    inspect_view_fields = [
        "worker",
        "employer_name",
        "job",
        "occupation",
        "workplace",
        "locality",
        "start_date",
        "monthly_wage",
        "notes",
        "recorded_by",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("worker"),
            MultiFieldPanel(
                [
                    FieldPanel("job"),
                    FieldRowPanel([FieldPanel("employer"), FieldPanel("employer_name")]),
                    FieldRowPanel([FieldPanel("occupation"), FieldPanel("workplace")]),
                ],
                heading=_("The job"),
            ),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("monthly_wage")]),
            FieldPanel("notes"),
        ],
        base_form_class=PlacementForm,
    )


class OfVisibleFollowUp:
    """For views of one follow-up: refused unless its worker is in the user's caseload."""

    def get_object(self, *args, **kwargs):
        follow_up = super().get_object(*args, **kwargs)
        if not FollowUp.objects.visible_to(self.request.user).filter(pk=follow_up.pk).exists():
            raise PermissionDenied
        return follow_up


class FollowUpIndexView(generic.IndexView):
    def get_base_queryset(self):
        follow_ups = super().get_base_queryset().visible_to(self.request.user)
        return follow_ups.select_related("placement__worker")


class FollowUpInspectView(Audited, OfVisibleFollowUp, generic.InspectView):
    pass


class FollowUpEditView(Audited, OfVisibleFollowUp, OpenYearOnly, generic.EditView):
    pass


class FollowUpDeleteView(
    Audited, OfVisibleFollowUp, OpenYearOnly, KeptFiveYears, generic.DeleteView
):
    pass


class FollowUpHistoryView(Audited, OfVisibleFollowUp, history.HistoryView):
    pass


class FollowUpUsageView(Audited, OfVisibleFollowUp, usage.UsageView):
    pass


class FollowUpViewSet(ModelViewSet):
    model = FollowUp
    icon = "date"
    menu_label = _("Follow-ups")
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = FollowUpIndexView
    inspect_view_class = FollowUpInspectView
    edit_view_class = FollowUpEditView
    delete_view_class = FollowUpDeleteView
    history_view_class = FollowUpHistoryView
    usage_view_class = FollowUpUsageView
    list_display = ["placement", "number", "due_on", "done_on", "outcome"]
    list_filter = ["due_on", "done_on", "outcome"]
    inspect_view_fields = [
        "placement",
        "number",
        "due_on",
        "done_on",
        "channel",
        "outcome",
        "adaptation",
        "problems",
        "done_by",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("done_on"), FieldPanel("channel"), FieldPanel("outcome")]),
            FieldPanel("adaptation"),
            FieldPanel("problems"),
        ],
        base_form_class=FollowUpForm,
    )


placement_viewset = PlacementViewSet("placements")
follow_up_viewset = FollowUpViewSet("placements_follow_ups")


class PlacementsGroup(ModelViewSetGroup):
    items = (placement_viewset, follow_up_viewset)
    menu_icon = "tick-inverse"
    menu_label = _("Placements")
    menu_name = "placements"
    menu_order = 160

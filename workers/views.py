"""The worker archive in the staff admin: the caseload list, looking a worker up by ID number,
phone or name, the record's form, and its page with the timeline.

Every view sees only the workers of the user's caseload (`Worker.objects.visible_to`): another
counsellor's worker is not found in the list and refused when its address is typed. What a
view of one worker shows or changes is written to the audit log (audit.recording.Audited).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from audit.recording import Audited
from portal.idcard import SHAPE, normalised
from portal.phones import normalised_mobile
from workers.export import WorkerExportView, may_export
from workers.forms import WorkerForm
from workers.models import Worker
from workers.records import actions_for
from workers.retention import KeptFiveYears
from workers.timeline import timeline


class InCaseload:
    """For views of one worker: refused unless the worker is in the user's caseload."""

    def get_object(self, *args, **kwargs):
        worker = super().get_object(*args, **kwargs)
        if not Worker.objects.visible_to(self.request.user).filter(pk=worker.pk).exists():
            raise PermissionDenied
        return worker


def looked_up(queryset, query):
    """Workers whose ID number or phone is `query`, else whose name contains it."""
    if SHAPE.fullmatch(normalised(query)):
        return queryset.with_id_number(query)
    try:
        return queryset.with_phone(normalised_mobile(query))
    except ValidationError:
        return queryset.filter(name__icontains=query.strip())


class WorkerIndexView(generic.IndexView):
    is_searchable = True
    search_backend_name = None

    def get_base_queryset(self):
        workers = super().get_base_queryset().visible_to(self.request.user)
        return workers.select_related("home_township", "counsellor")

    def search_queryset(self, queryset):
        return looked_up(queryset, self.search_query) if self.is_searching else queryset


class WorkerInspectView(Audited, InCaseload, generic.InspectView):
    template_name = "workers/worker_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["timeline"] = timeline(self.object)
        context["target_groups"] = self.object.target_groups()
        context["actions"] = actions_for(self.request.user, self.object)
        if may_export(self.request.user, self.object):
            context["export_url"] = reverse("workers:export", args=(self.object.pk,))
        return context


class WorkerCreateView(Audited, generic.CreateView):
    pass


class WorkerEditView(Audited, InCaseload, generic.EditView):
    pass


class WorkerDeleteView(Audited, InCaseload, KeptFiveYears, generic.DeleteView):
    pass


class WorkerHistoryView(Audited, InCaseload, history.HistoryView):
    pass


class WorkerUsageView(Audited, InCaseload, usage.UsageView):
    pass


class WorkerViewSet(ModelViewSet):
    model = Worker
    icon = "user"
    menu_label = _("Workers")
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = WorkerIndexView
    add_view_class = WorkerCreateView
    inspect_view_class = WorkerInspectView
    edit_view_class = WorkerEditView
    delete_view_class = WorkerDeleteView
    history_view_class = WorkerHistoryView
    usage_view_class = WorkerUsageView

    def get_urlpatterns(self):
        export = path("export/<int:pk>/", WorkerExportView.as_view(), name="export")
        return [*super().get_urlpatterns(), export]

    # A worker's name opens the worker's page (services, timeline, "Edit"), not the form.
    list_display = [
        TitleColumn("name", label=_("name"), url_name="workers:inspect", sort_key="name"),
        "masked_phone",
        "home_township",
        "counsellor",
        "updated_at",
    ]
    list_filter = ["intention", "gender", "long_term_returnee", "counsellor"]
    inspect_view_fields = [
        "phone",
        "gender",
        "date_of_birth",
        "ethnicity",
        "chinese",
        "tibetan",
        "education",
        "home_township",
        "intention",
        "preferred_wage",
        "skills",
        "counsellor",
        "service_centre",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("id_number"), FieldPanel("phone")]),
                    FieldPanel("shared_phone"),
                    FieldRowPanel(
                        [FieldPanel("gender"), FieldPanel("date_of_birth"), FieldPanel("ethnicity")]
                    ),
                    FieldRowPanel([FieldPanel("chinese"), FieldPanel("tibetan")]),
                    FieldRowPanel([FieldPanel("education"), FieldPanel("home_township")]),
                    FieldPanel("long_term_returnee"),
                ],
                heading=_("The worker"),
            ),
            InlinePanel("work_history", heading=_("Work history"), label=_("Work")),
            FieldPanel("skills"),
            InlinePanel("certificates", heading=_("Skills certificates"), label=_("Certificate")),
            MultiFieldPanel(
                [
                    FieldPanel("intention"),
                    FieldPanel("preferred_occupations"),
                    FieldPanel("preferred_areas"),
                    FieldPanel("preferred_wage"),
                ],
                heading=_("What the worker is looking for"),
            ),
            MultiFieldPanel(
                [FieldPanel("counsellor"), FieldPanel("service_centre")],
                heading=_("Caseload"),
            ),
            InlinePanel("consents", heading=_("Consent"), label=_("Consent"), min_num=1),
        ],
        base_form_class=WorkerForm,
    )


worker_viewset = WorkerViewSet("workers")

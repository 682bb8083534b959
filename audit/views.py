"""The audit log in the admin, under Reports: read and exported by supervisors, filtered by
user, worker, action and date; nobody changes or deletes an entry here."""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from audit.models import Action, AuditEntry


class ReadOnly(ModelPermissionPolicy):
    """Entries are written by the portal, never through the admin: viewing is all it offers."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


permission_policy = ReadOnly(AuditEntry)


def users_in_log(request):
    User = get_user_model()
    logged = AuditEntry.objects.values("user")
    return User.objects.filter(pk__in=logged).order_by(User.USERNAME_FIELD)


class AuditEntryFilterSet(WagtailFilterSet):
    user = django_filters.ModelChoiceFilter(
        label=_("user"), empty_label=_("Anyone"), queryset=users_in_log
    )
    worker_number = django_filters.NumberFilter(label=_("worker number"))
    worker_name = django_filters.CharFilter(
        label=_("worker's name"), field_name="worker__name", lookup_expr="icontains"
    )
    action = django_filters.ChoiceFilter(label=_("action"), choices=Action.choices)
    when = django_filters.DateFromToRangeFilter(label=_("date"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = []


class AuditLogView(ReportView):
    page_title = _("Audit log")
    header_icon = "list-ul"
    permission_policy = permission_policy
    permission_required = "view"
    filterset_class = AuditEntryFilterSet
    index_url_name = "audit:index"
    index_results_url_name = "audit:index_results"
    columns = [
        DateColumn("when", label=_("when")),
        UserColumn("user", label=_("user"), blank_display_name="—"),
        Column("action", label=_("action"), accessor="get_action_display"),
        Column("worker", label=_("worker")),
        Column("worker_number", label=_("worker number")),
        Column("object_repr", label=_("object")),
        Column("path", label=_("address requested")),
        Column("client_address", label=_("client address")),
    ]
    list_export = [
        "when",
        "user",
        "action",
        "logged_as",
        "worker_number",
        "worker",
        "content_type",
        "object_id",
        "object_repr",
        "path",
        "client_address",
    ]
    export_headings = {
        "when": _("when"),
        "user": _("user"),
        "action": _("action"),
        "logged_as": _("logged as"),
        "worker_number": _("worker number"),
        "worker": _("worker"),
        "content_type": _("type"),
        "object_id": _("object id"),
        "object_repr": _("object"),
        "path": _("address requested"),
        "client_address": _("client address"),
    }

    def get_queryset(self):
        return AuditEntry.objects.select_related("user", "worker", "content_type")

    def get_filename(self):
        return f"audit-log-{timezone.localdate():%Y-%m-%d}"


urlpatterns = [
    path("", AuditLogView.as_view(), name="index"),
    path("results/", AuditLogView.as_view(results_only=True), name="index_results"),
]

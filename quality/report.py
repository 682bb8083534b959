"""The satisfaction index in the staff admin (clause 7.2.2), for supervisors: the report
"Satisfaction index" under Reports, per service type, centre and period with its spreadsheet
export, and a dashboard panel with this month's index.

The figures come from quality/index.py; nothing here computes them differently.
"""

import datetime

import django_filters
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from home.models import ServiceCentre
from portal.dates import LHASA, lhasa_today
from quality.index import grouped, overall
from quality.models import Response, ServiceKind
from quality.questionnaire import VARIABLES

READ_REPORT = "quality.view_response"
PERIOD_CHOICES = [("month", _("Month")), ("quarter", _("Quarter")), ("year", _("Year"))]
permission_policy = ModelPermissionPolicy(Response)


def period_label(period, kind):
    local = period.astimezone(LHASA)
    if kind == "year":
        return str(local.year)
    if kind == "quarter":
        return _("%(year)d Q%(quarter)d") % {
            "year": local.year,
            "quarter": (local.month - 1) // 3 + 1,
        }
    return f"{local:%Y-%m}"


def centres(request):
    return ServiceCentre.objects.filter(locale__language_code="zh-hans")


def keep_all(queryset, name, value):
    """The period chooses how answers are grouped, not which are counted."""
    return queryset


class SatisfactionFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("period"), choices=PERIOD_CHOICES, empty_label=_("Month"), method=keep_all
    )
    service_kind = django_filters.ChoiceFilter(
        label=_("kind of service"),
        field_name="invitation__service_kind",
        choices=ServiceKind.choices,
        empty_label=_("Every kind"),
    )
    centre = django_filters.ModelChoiceFilter(
        label=_("service centre"),
        field_name="invitation__centre",
        queryset=centres,
        empty_label=_("Every centre"),
    )
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("answered"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Response
        fields = []


def score_columns():
    return [
        Column(f"score_{variable.key}", label=variable.label, accessor=f"score_{variable.key}")
        for variable in VARIABLES
    ]


class SatisfactionReport(ReportView):
    page_title = _("Satisfaction index")
    header_icon = "pick"
    index_url_name = "quality_report"
    index_results_url_name = "quality_report_results"
    permission_policy = permission_policy
    permission_required = "view"
    filterset_class = SatisfactionFilterSet
    columns = [
        Column("period_label", label=_("period")),
        Column("service_type", label=_("service type")),
        Column("centre", label=_("service centre")),
        Column("answers", label=_("answers")),
        Column("index", label=_("satisfaction index")),
        *score_columns(),
    ]
    list_export = [
        "period_label",
        "service_type",
        "centre",
        "answers",
        "index",
        *(f"score_{variable.key}" for variable in VARIABLES),
    ]
    export_headings = {
        "period_label": _("period"),
        "service_type": _("service type"),
        "centre": _("service centre"),
        "answers": _("answers"),
        "index": _("satisfaction index"),
        **{f"score_{variable.key}": variable.label for variable in VARIABLES},
    }

    def get_queryset(self):
        return Response.objects.all()

    @property
    def period(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("period") or "month"
        return "month"

    def get_filtered_queryset(self):
        rows = grouped(self.filter_queryset(self.get_queryset()), self.period)
        for row in rows:
            row.period_label = period_label(row.period, self.period)
        return rows

    def get_filename(self):
        return f"satisfaction-index-{lhasa_today():%Y-%m-%d}"


class SatisfactionPanel(Component):
    """This month's index on a supervisor's dashboard, in all and per service type."""

    name = "satisfaction"
    order = 240

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        if not self.user.has_perm(READ_REPORT):
            return ""
        first = lhasa_today().replace(day=1)
        since = datetime.datetime.combine(first, datetime.time(), tzinfo=LHASA)
        this_month = Response.objects.filter(submitted_at__gte=since)
        return render_to_string(
            "quality/admin/panel.html",
            {
                "month": f"{first:%Y-%m}",
                "overall": overall(this_month),
                "by_type": grouped(this_month, "month"),
            },
        )

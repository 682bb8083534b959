"""Entrepreneurship guidance in the staff admin (clause 6.4): the resource directory, the
workers' business projects and the risk rules, in one "Entrepreneurship" menu.

Projects belong to a worker, so their views keep to the user's caseload (workers/records.py).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from enterprise.models import BusinessProject, RiskRule, SupportResource
from workers.records import RecordInspectView, WorkerRecordForm, WorkerRecordViewSet


class SupportResourceViewSet(ModelViewSet):
    model = SupportResource
    name = "support_resources"
    url_prefix = "enterprise/resources"
    icon = "link"
    menu_label = _("Support resources")
    copy_view_enabled = False
    inspect_view_enabled = True
    search_fields = ["name", "provider"]
    search_backend_name = None
    list_display = ["name", "kind", "provider", "area", "valid_until", "active"]
    list_filter = ["kind", "area", "active"]
    form_fields = [
        "kind",
        "name",
        "provider",
        "area",
        "conditions",
        "contact",
        "valid_until",
        "active",
    ]


class ProjectInspectView(RecordInspectView):
    template_name = "enterprise/project_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["feasibility"] = self.object.feasibility()
        context["referrals"] = self.object.referrals.select_related("resource")
        context["open_resources"] = (
            SupportResource.objects.current()
            .open_in(self.object.worker.home_township.area_id)
            .select_related("area")
        )
        return context


class BusinessProjectViewSet(WorkerRecordViewSet):
    model = BusinessProject
    name = "business_projects"
    url_prefix = "enterprise/projects"
    icon = "pick"
    menu_label = _("Business projects")
    inspect_view_class = ProjectInspectView
    list_display = ["name", "worker", "stage", "updated_at"]
    list_filter = ["stage"]
    inspect_view_fields = [
        "worker",
        "sector",
        "occupation_group",
        "stage",
        "started_on",
        "positioning",
        "operating_model",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("worker"),
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("sector"), FieldPanel("occupation_group")]),
                    FieldRowPanel([FieldPanel("stage"), FieldPanel("started_on")]),
                ],
                heading=_("The project"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("market_evidence"), FieldPanel("trade_experience")]),
                    FieldRowPanel([FieldPanel("own_funds"), FieldPanel("planned_debt")]),
                    FieldRowPanel([FieldPanel("monthly_costs"), FieldPanel("monthly_revenue")]),
                    FieldRowPanel([FieldPanel("licence_needed"), FieldPanel("licence_applied")]),
                    FieldRowPanel([FieldPanel("premises_secured"), FieldPanel("family_support")]),
                ],
                heading=_("Feasibility checklist"),
            ),
            MultiFieldPanel(
                [FieldPanel("positioning"), FieldPanel("operating_model")],
                heading=_("Business plan"),
            ),
            InlinePanel("budget_lines", heading=_("Budget"), label=_("Budget line")),
            InlinePanel(
                "referrals", heading=_("Referrals to support resources"), label=_("Referral")
            ),
        ],
        base_form_class=WorkerRecordForm,
    )


class RiskRuleViewSet(ModelViewSet):
    model = RiskRule
    name = "risk_rules"
    url_prefix = "enterprise/risk-rules"
    icon = "warning"
    menu_label = _("Risk rules")
    copy_view_enabled = False
    list_display = ["warning_zh", "answer", "comparison", "threshold", "points", "active"]
    list_filter = ["active"]
    form_fields = [
        "answer",
        "comparison",
        "threshold",
        "points",
        "warning_zh",
        "warning_bo",
        "active",
    ]


class EntrepreneurshipGroup(ModelViewSetGroup):
    items = (BusinessProjectViewSet, SupportResourceViewSet, RiskRuleViewSet)
    menu_icon = "pick"
    menu_label = _("Entrepreneurship")
    menu_name = "entrepreneurship"
    menu_order = 260

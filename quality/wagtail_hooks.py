"""Satisfaction in the staff admin (clause 7.2.2): the report under Reports and the dashboard
panel, both for supervisors only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from quality.report import READ_REPORT, SatisfactionPanel, SatisfactionReport


@hooks.register("construct_homepage_panels")
def add_satisfaction_panel(request, panels):
    panels.append(SatisfactionPanel(request.user))


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/satisfaction/", SatisfactionReport.as_view(), name="quality_report"),
        path(
            "reports/satisfaction/results/",
            SatisfactionReport.as_view(results_only=True),
            name="quality_report_results",
        ),
    ]


class SupervisorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(READ_REPORT)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SupervisorsMenuItem(
        _("Satisfaction index"),
        reverse("quality_report"),
        name="satisfaction-index",
        icon_name="pick",
        order=400,
    )

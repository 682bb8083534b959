"""Placements in the staff admin: their menu, the follow-ups panel on the dashboard and the
report of overdue follow-ups (6.5.1)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from placements.overdue import FollowUpsPanel, OverdueFollowUpsReport
from placements.views import PlacementsGroup


@hooks.register("register_admin_viewset")
def register_placements_group():
    return PlacementsGroup()


@hooks.register("construct_homepage_panels")
def add_follow_ups_panel(request, panels):
    panels.append(FollowUpsPanel(request.user))


@hooks.register("register_admin_urls")
def register_overdue_report_urls():
    return [
        path(
            "reports/overdue-follow-ups/",
            OverdueFollowUpsReport.as_view(),
            name="placements_overdue",
        ),
        path(
            "reports/overdue-follow-ups/results/",
            OverdueFollowUpsReport.as_view(results_only=True),
            name="placements_overdue_results",
        ),
    ]


class FollowUpsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("placements.view_followup")


@hooks.register("register_reports_menu_item")
def register_overdue_report_menu_item():
    return FollowUpsMenuItem(
        _("Overdue follow-ups"),
        reverse("placements_overdue"),
        name="overdue-follow-ups",
        icon_name="date",
        order=300,
    )

"""The complaints side of the staff admin (clause 7.3)."""

from wagtail import hooks

from complaints.backoffice import ComplaintsGroup
from complaints.panels import OpenComplaintsPanel


@hooks.register("register_admin_viewset")
def register_complaints_group():
    return ComplaintsGroup()


@hooks.register("construct_homepage_panels")
def add_open_complaints_panel(request, panels):
    panels.append(OpenComplaintsPanel(request.user))

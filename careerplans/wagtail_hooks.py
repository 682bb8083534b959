from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks

from careerplans.views import plan_viewset


@hooks.register("register_admin_viewset")
def register_plan_viewset():
    return plan_viewset


@hooks.register("register_log_actions")
def register_plan_log_actions(actions):
    actions.register_action(
        "careerplans.download_pdf",
        pgettext_lazy("career plan", "Download PDF"),
        _("Downloaded the plan as PDF"),
    )

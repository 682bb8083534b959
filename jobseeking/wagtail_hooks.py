from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from jobseeking.views import PRINT_CV, interview_viewset, print_cv


@hooks.register("register_admin_viewset")
def register_interviews():
    return interview_viewset


@hooks.register("register_admin_urls")
def register_cv_url():
    return [path("jobseeking/cv/", print_cv, name="jobseeking_cv")]


@hooks.register("register_log_actions")
def register_cv_log_action(actions):
    actions.register_action(PRINT_CV, _("Print a CV"), _("CV printed"))

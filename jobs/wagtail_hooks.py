"""The jobs side of the staff admin (clause 6.3.1)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup

from jobs.employers.verification import LOG_ACTION
from jobs.employers.views import EmployerViewSet
from jobs.review.admin import MinimumWageViewSet
from jobs.review.panels import JobsToReviewPanel


class JobsGroup(ModelViewSetGroup):
    """The "Jobs" menu; other parts of the jobs side add their viewsets to `items`."""

    items = (EmployerViewSet,)
    menu_icon = "clipboard-list"
    menu_label = _("Jobs")
    menu_name = "jobs"
    menu_order = 250


@hooks.register("register_admin_viewset")
def register_jobs_group():
    return JobsGroup()


@hooks.register("register_log_actions")
def register_employer_log_actions(actions):
    actions.register_action(LOG_ACTION, _("Verify employer"), _("Employer verified"))


# The rates that job reviews are checked against sit in the Jobs menu beside the employers.
JobsGroup.items = (*JobsGroup.items, MinimumWageViewSet)


@hooks.register("construct_homepage_panels")
def add_jobs_to_review_panel(request, panels):
    panels.append(JobsToReviewPanel(request.user))


# Staff import many jobs at once from a spreadsheet (jobs/bulk); appended, not merged above, so
# that the parts of the jobs side stay apart.
from jobs.bulk.views import BulkImportViewSet  # noqa: E402

JobsGroup.items = (*JobsGroup.items, BulkImportViewSet)

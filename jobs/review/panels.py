"""Where reviewers see the warnings (clause 6.3.1): at the top of a job's edit form, and on the
dashboard for the jobs awaiting their review."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState

from jobs.review.tasks import JobReviewTask
from jobs.review.warnings import warnings_for


def warning_list(warnings):
    return format_html_join("", "<li>{}</li>", ((warning,) for warning in warnings))


class ReviewWarningsPanel(Panel):
    """A warning box listing `warnings_for` the job being edited; nothing when there are none.

    The editor binds the panel to the latest revision, and to the submitted values when a form
    comes back with errors, so the warnings are about the version under review.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Check before approving"))
        kwargs.setdefault("icon", "warning")
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        # The heading is translated; HTML ids and anchors should not change with the language.
        return "review_warnings"

    class BoundPanel(Panel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.warnings = warnings_for(self.instance)

        def is_shown(self):
            return bool(self.warnings)

        def render_html(self, parent_context=None):
            return format_html(
                '<div class="help-block help-warning" data-review-warnings>'
                '<svg class="icon icon-warning" aria-hidden="true"><use href="#icon-warning"></use>'
                "</svg><ul>{}</ul></div>",
                warning_list(self.warnings),
            )


class JobsToReviewPanel(Component):
    """On the dashboard, above Wagtail's own "Awaiting your review": the jobs awaiting this
    user's review that have warnings, so that approving from the dashboard is not done blind.
    The most recent LIMIT are checked; each costs a few queries."""

    name = "jobs_to_review"
    order = 210
    LIMIT = 20

    def __init__(self, user):
        self.user = user

    def jobs_with_warnings(self):
        states = TaskState.objects.none()
        for task in JobReviewTask.objects.filter(active=True):
            states |= task.get_task_states_user_can_moderate(self.user)
        for state in states.select_related("revision").order_by("-started_at")[: self.LIMIT]:
            job = state.revision.as_object()
            if warnings := warnings_for(job):
                yield job, warnings

    def render_html(self, parent_context=None):
        jobs = list(self.jobs_with_warnings())
        if not jobs:
            return ""
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a><ul>{}</ul></li>',
            (
                (reverse("wagtailadmin_pages:edit", args=(job.pk,)), job.title, warning_list(found))
                for job, found in jobs
            ),
        )
        return render_to_string(
            "wagtailadmin/shared/panel.html",
            {
                "id": "jobs-to-review",
                "heading": _("Jobs awaiting review with warnings"),
                "classname": "w-panel--dashboard",
                "icon": "warning",
                "children": format_html(
                    '<div class="help-block help-warning" data-review-warnings><ul>{}</ul></div>',
                    items,
                ),
            },
        )

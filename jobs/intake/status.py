"""Where a job sent by the public form stands in review (clause 6.3.1: a job is sent back only
with a reason, and the submitter sees it).

No one signs in to send a job, so the thank-you page gives the employer a private link. The link
carries the job's id signed with the site's secret key: it cannot be guessed or altered, and it
holds nothing about the employer.
"""

from dataclasses import dataclass

from django.core import signing
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from jobs.models import JobPage

SALT = "jobs.intake.status"


class State(models.TextChoices):
    RECEIVED = "received", _("Received, review not started yet")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    PUBLISHED = "published", _("Approved and published")
    SENT_BACK = "sent_back", _("Sent back for changes")
    WITHDRAWN = "withdrawn", _("Withdrawn, not published")


# A job that is not live, by the status of its latest review. An approved job that is not live
# was taken off after publication.
NOT_LIVE = {
    WorkflowState.STATUS_IN_PROGRESS: State.AWAITING_REVIEW,
    WorkflowState.STATUS_NEEDS_CHANGES: State.SENT_BACK,
    WorkflowState.STATUS_CANCELLED: State.WITHDRAWN,
    WorkflowState.STATUS_APPROVED: State.WITHDRAWN,
}


@dataclass(frozen=True)
class ReviewStatus:
    state: State
    reason: str = ""  # the reviewer's, when the job was sent back
    url: str = ""  # the public job, when it is published


def status_token(job):
    return signing.dumps(job.pk, salt=SALT)


def job_for_token(token):
    """The job of a token made by status_token, or None for any other text."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return JobPage.objects.filter(pk=pk).first()


def review_status(job):
    if job.live:
        return ReviewStatus(State.PUBLISHED, url=job.url)
    latest = (
        job.workflow_states.select_related("current_task_state")
        .order_by("-created_at", "-pk")
        .first()
    )
    if latest is None:
        return ReviewStatus(State.RECEIVED)
    state = NOT_LIVE[latest.status]
    if state == State.SENT_BACK:
        # The workflow stops at the task that was rejected; its comment is the reason.
        return ReviewStatus(state, reason=latest.current_task_state.comment)
    return ReviewStatus(state)

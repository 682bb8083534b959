"""Which jobs go through review, and how a job is sent to it (clause 6.3.1).

Wagtail applies a workflow to the page it is assigned to and to everything below it; jobs live
below a job index, so the job review workflow is assigned to each job index page, Chinese and
Tibetan. No index exists when migrations run, so the assignment is made when an index is
created: `index_created` (connected to `post_save` in JobsConfig.ready) calls
`ensure_job_review`, which covers an index made in the admin, by a wagtail-localize
translation, by the demo loader or by a test alike. The same call gives the job reviewers their
page permissions on that index and only there: they edit and publish jobs, no other page.

The workflow, "岗位审核" with one JobReviewTask for the job reviewers, is created by
jobs/migrations/0003_job_review_workflow; `job_review_workflow` makes it again if staff have
deleted it.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from jobs.review.tasks import JobReviewTask
from staff.roles import JOB_REVIEWERS

WORKFLOW_NAME = "岗位审核"
TASK_NAME = "岗位审核员审核"
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def job_review_workflow():
    """The workflow whose task is a JobReviewTask, made with its task if there is none."""
    workflow = (
        Workflow.objects.filter(workflow_tasks__task__in=JobReviewTask.objects.all())
        .order_by("pk")
        .first()
    )
    if workflow is None:
        task = JobReviewTask.objects.create(name=TASK_NAME)
        task.groups.set(Group.objects.filter(name=JOB_REVIEWERS))
        workflow = Workflow.objects.create(name=WORKFLOW_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def ensure_job_review(index_page):
    """Send every job below `index_page` through the job review workflow, and let the job
    reviewers add, edit, publish, lock and unlock pages below it."""
    WorkflowPage.objects.update_or_create(
        page=index_page, defaults={"workflow": job_review_workflow()}
    )
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=REVIEWER_PAGE_PERMISSIONS
    )
    for group in Group.objects.filter(name=JOB_REVIEWERS):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index_page, permission=permission
            )


def index_created(sender, instance, created, raw=False, **kwargs):
    """`post_save` receiver for JobIndexPage; fixtures being loaded (`raw`) bring their own."""
    if created and not raw:
        ensure_job_review(instance)

"""The job review workflow of clause 6.3.1: "岗位审核", one JobReviewTask for the job reviewers.

It is assigned to the job index pages that already exist; an index created later gets it from
jobs.review.workflow.ensure_job_review, with the reviewers' page permissions on it.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from staff.roles import JOB_REVIEWERS

WORKFLOW_NAME = "岗位审核"
TASK_NAME = "岗位审核员审核"
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def create_workflow(apps, schema_editor):
    # Permissions are normally created after all migrations; the page permissions are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    JobReviewTask = apps.get_model("jobs", "JobReviewTask")

    # Historical models do not set the content type that tells Wagtail the task's kind.
    task_type, _ = ContentType.objects.get_or_create(app_label="jobs", model="jobreviewtask")
    task = JobReviewTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    reviewers = Group.objects.filter(name=JOB_REVIEWERS)
    task.groups.set(reviewers)
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    index_type, _ = ContentType.objects.get_or_create(app_label="jobs", model="jobindexpage")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=REVIEWER_PAGE_PERMISSIONS
    )
    for index in Page.objects.filter(content_type=index_type):
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
        for group in reviewers:
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=index, permission=permission
                )


def remove_workflow(apps, schema_editor):
    JobReviewTask = apps.get_model("jobs", "JobReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    tasks = JobReviewTask.objects.all()
    Workflow.objects.filter(workflow_tasks__task__in=tasks).delete()
    tasks.delete()
    GroupPagePermission.objects.filter(
        group__name=JOB_REVIEWERS,
        page__content_type__app_label="jobs",
        page__content_type__model="jobindexpage",
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0003_job_review_task"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]

"""Wagtail's default workflow asks its "Moderators" group to approve pages; 0001 replaced that
group by the service's 审核发布员, so the task must ask them, or only superusers could approve."""

from django.db import migrations

MODERATORS = "审核发布员"


def assign_moderators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators = Group.objects.filter(name=MODERATORS).first()
    if moderators is None:
        return
    for task in GroupApprovalTask.objects.filter(groups__isnull=True):
        task.groups.add(moderators)


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0001_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(assign_moderators, migrations.RunPython.noop)]

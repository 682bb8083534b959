"""Employers in the staff admin (clause 6.3.1): job reviewers keep them and verify them; editors
and moderators may add and correct them when they enter a job by hand, but not verify them
(staff/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from staff.roles import EDITORS, JOB_REVIEWERS, MODERATORS

KEEP = ["jobs.add_employer", "jobs.change_employer"]
PERMISSIONS = {
    JOB_REVIEWERS: [*KEEP, "jobs.verify_employer"],
    EDITORS: KEEP,
    MODERATORS: KEEP,
}


def permissions_of(apps, dotted_names):
    Permission = apps.get_model("auth", "Permission")
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        yield Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions_of(apps, permissions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*permissions_of(apps, permissions))


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0001_postings"),
        ("staff", "0001_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="employer",
            options={
                "ordering": ["name"],
                "permissions": [("verify_employer", "Can verify employers")],
                "verbose_name": "employer",
                "verbose_name_plural": "employers",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]

"""Editors keep the shortage lists and correct occupation names; moderators may also delete
lists and add occupations; translators translate the lists (staff/roles.py). Whole editions of
the classification are loaded with `manage.py import_occupations`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from staff.roles import EDITORS, MODERATORS, TRANSLATORS

LISTS = ["occupations.add_shortagelist", "occupations.change_shortagelist"]
PERMISSIONS = {
    EDITORS: [*LISTS, "occupations.change_occupation"],
    MODERATORS: [
        *LISTS,
        "occupations.delete_shortagelist",
        "occupations.add_occupation",
        "occupations.change_occupation",
    ],
    TRANSLATORS: ["occupations.change_shortagelist"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for dotted in permissions:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for dotted in permissions:
            app_label, codename = dotted.split(".")
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("occupations", "0002_shortage_lists_and_browser"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

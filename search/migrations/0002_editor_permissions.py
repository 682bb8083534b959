"""Editors and moderators keep the search vocabulary and the promoted results (staff/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from staff.roles import EDITORS, MODERATORS

VOCABULARY = [
    "search.add_dictionaryword",
    "search.change_dictionaryword",
    "search.add_synonym",
    "search.change_synonym",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
]
PERMISSIONS = {
    EDITORS: VOCABULARY,
    MODERATORS: [
        *VOCABULARY,
        "search.delete_dictionaryword",
        "search.delete_synonym",
        "wagtailsearchpromotions.delete_searchpromotion",
    ],
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
        ("search", "0001_vocabulary"),
        ("staff", "0001_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

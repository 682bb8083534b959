"""Granting a part of the service's permissions to the staff roles, from a data migration.

PERMISSIONS = {COUNSELLORS: ["workers.add_worker", ...]}
migrations.RunPython(*grants(PERMISSIONS))
"""

from django.contrib.auth.management import create_permissions


def permissions_of(apps, dotted_names):
    Permission = apps.get_model("auth", "Permission")
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        yield Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grants(permissions_by_role):
    """The (forward, backward) functions of a RunPython that grants `permissions_by_role`."""

    def grant(apps, schema_editor):
        # Permissions are normally created after all migrations; these groups need them now.
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        for name, permissions in permissions_by_role.items():
            group = Group.objects.filter(name=name).first()
            if group is not None:
                group.permissions.add(*permissions_of(apps, permissions))

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        for name, permissions in permissions_by_role.items():
            group = Group.objects.filter(name=name).first()
            if group is not None:
                group.permissions.remove(*permissions_of(apps, permissions))

    return grant, revoke

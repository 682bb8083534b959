from django.contrib.auth.management import create_permissions
from django.db import migrations

from staff.roles import (
    COMPLAINT_OFFICERS,
    COUNSELLORS,
    EDITORS,
    JOB_REVIEWERS,
    MODERATORS,
    SUPERVISORS,
    TRANSLATORS,
)

CONTENT = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "home.add_navigationmenu",
    "home.change_navigationmenu",
    "home.add_servicecentre",
    "home.change_servicecentre",
]
MODEL_PERMISSIONS = {
    EDITORS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation", *CONTENT],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.change_contactsettings",
        "home.delete_navigationmenu",
        "home.delete_servicecentre",
        *CONTENT,
    ],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.change_navigationmenu",
        "home.change_servicecentre",
        "wagtaildocs.choose_document",
        "wagtailimages.choose_image",
    ],
    JOB_REVIEWERS: ["wagtailadmin.access_admin"],
    COUNSELLORS: ["wagtailadmin.access_admin"],
    COMPLAINT_OFFICERS: ["wagtailadmin.access_admin"],
    SUPERVISORS: ["wagtailadmin.access_admin"],
}
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TRANSLATORS: ["change_page"],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.get(depth=1)

    # Wagtail's own sample groups would sit beside these roles and confuse who may do what.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()

    for name, permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in permissions:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(MODEL_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]

"""The Tibet minimum wage in force, and who keeps the rates in the admin.

The rate is that of 藏政办发〔2021〕19号: 1850 yuan a month and 18 yuan an hour from 2021-07-01.
No later adjustment could be confirmed when this was written; staff add a new rate in the admin
(最低工资标准) when the region announces one. Editors, moderators and job reviewers keep the
rates; only moderators delete one (staff/roles.py).
"""

import datetime
from decimal import Decimal

from django.contrib.auth.management import create_permissions
from django.db import migrations

from staff.roles import EDITORS, JOB_REVIEWERS, MODERATORS

RATE = {
    "effective_from": datetime.date(2021, 7, 1),
    "monthly": Decimal("1850.00"),
    "hourly": Decimal("18.00"),
    "source": (
        "西藏自治区人民政府办公厅转发人力资源社会保障厅关于调整我区最低工资标准意见的通知"
        "（藏政办发〔2021〕19号，2021年5月21日）；此后如有调整，请核对后新增一条。"
    ),
}
KEEP = ["jobs.add_minimumwage", "jobs.change_minimumwage"]
PERMISSIONS = {
    EDITORS: KEEP,
    JOB_REVIEWERS: KEEP,
    MODERATORS: [*KEEP, "jobs.delete_minimumwage"],
}


def permissions_of(apps, dotted_names):
    Permission = apps.get_model("auth", "Permission")
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        yield Permission.objects.get(content_type__app_label=app_label, codename=codename)


def add_rate(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    MinimumWage = apps.get_model("jobs", "MinimumWage")
    MinimumWage.objects.get_or_create(
        effective_from=RATE["effective_from"],
        defaults={key: value for key, value in RATE.items() if key != "effective_from"},
    )
    Group = apps.get_model("auth", "Group")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions_of(apps, permissions))


def remove_rate(apps, schema_editor):
    apps.get_model("jobs", "MinimumWage").objects.filter(
        effective_from=RATE["effective_from"], source=RATE["source"]
    ).delete()
    Group = apps.get_model("auth", "Group")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*permissions_of(apps, permissions))


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0004_job_review_workflow"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(add_rate, remove_rate)]

"""The 2026 schedule is the State Council's notice as the `holidays` package has it (checked
against chinese-calendar, /work/shared/FACTS.md); complaint officers and supervisors keep the
schedules and the special days from now on."""

import datetime

from django.db import migrations

from staff.grants import grants
from staff.roles import COMPLAINT_OFFICERS, SUPERVISORS

KEEP = [
    f"portal.{action}_{model}"
    for model in ("holidayschedule", "specialday")
    for action in ("add", "change", "delete", "view")
]


def schedule_2026(apps, schema_editor):
    HolidaySchedule = apps.get_model("portal", "HolidaySchedule")
    HolidaySchedule.objects.get_or_create(
        year=2026,
        defaults={
            "source": "国务院办公厅关于2026年部分节假日安排的通知",
            "checked_on": datetime.date(2026, 11, 27),
        },
    )


def no_schedule(apps, schema_editor):
    apps.get_model("portal", "HolidaySchedule").objects.filter(year=2026).delete()


grant, revoke = grants({COMPLAINT_OFFICERS: KEEP, SUPERVISORS: KEEP})


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_holiday_schedules"),
        ("staff", "0001_roles"),
    ]

    operations = [
        migrations.RunPython(schedule_2026, no_schedule),
        migrations.RunPython(grant, revoke),
    ]

"""Supervisors close the years of the archive and read its bundles (clause 6.5.3)."""

from django.db import migrations

from staff.grants import grants
from staff.roles import SUPERVISORS

PERMISSIONS = {
    SUPERVISORS: [
        "workers.add_closedyear",
        "workers.view_closedyear",
        "workers.view_archivebundle",
    ]
}


class Migration(migrations.Migration):
    dependencies = [
        ("workers", "0003_retention"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

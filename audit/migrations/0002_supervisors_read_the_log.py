"""Supervisors alone read the audit log; nobody is granted to change or delete it."""

from django.db import migrations

from staff.grants import grants
from staff.roles import SUPERVISORS

PERMISSIONS = {SUPERVISORS: ["audit.view_auditentry"]}


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

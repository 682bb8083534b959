"""Supervisors see who has enrolled an authenticator and reset one that was lost."""

from django.db import migrations

from staff.grants import grants
from staff.roles import SUPERVISORS

PERMISSIONS = {SUPERVISORS: ["staff.view_authenticator", "staff.delete_authenticator"]}


class Migration(migrations.Migration):
    dependencies = [("staff", "0004_authenticator")]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

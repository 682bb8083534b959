"""Who reads the satisfaction surveys (staff/roles.py): supervisors, who see the index and the
answers behind it; the answers are written by the public survey only."""

from django.db import migrations

from staff.grants import grants
from staff.roles import SUPERVISORS

PERMISSIONS = {SUPERVISORS: ["quality.view_invitation", "quality.view_response"]}


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

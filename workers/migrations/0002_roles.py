"""Who may open the worker archive (staff/roles.py): counsellors keep the records of their
caseload; supervisors see and keep every record and alone may delete one."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = ["workers.add_worker", "workers.change_worker", "workers.view_worker"]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [*KEEP, "workers.delete_worker", "workers.view_every_worker"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("workers", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

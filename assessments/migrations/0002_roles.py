"""Who may record assessments (staff/roles.py): counsellors record and correct them for their
caseload; supervisors too, and alone may delete one."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = [
    "assessments.add_staffassessment",
    "assessments.change_staffassessment",
    "assessments.view_staffassessment",
]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [*KEEP, "assessments.delete_staffassessment"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

"""Who may write career plans (staff/roles.py): counsellors write versions and record their
delivery for their caseload; supervisors too, and alone may delete a version or a delivery.
"Change" on a version opens "new version from this one": no version is ever overwritten."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = [
    "careerplans.add_careerplan",
    "careerplans.view_careerplan",
    "careerplans.add_planversion",
    "careerplans.change_planversion",
    "careerplans.view_planversion",
    "careerplans.add_plandelivery",
    "careerplans.view_plandelivery",
]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [
        *KEEP,
        "careerplans.delete_planversion",
        "careerplans.delete_plandelivery",
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("careerplans", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

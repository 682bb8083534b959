"""Who keeps placements (staff/roles.py): counsellors record placements and follow-ups of
their caseload; supervisors too, set the follow-up schedule (6.5.2) and alone may delete a
placement. Follow-ups are created by their placement and deleted by nobody."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = [
    "placements.add_placement",
    "placements.change_placement",
    "placements.view_placement",
    "placements.change_followup",
    "placements.view_followup",
]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [
        *KEEP,
        "placements.delete_placement",
        "placements.change_followupschedule",
        "placements.view_followupschedule",
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("placements", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

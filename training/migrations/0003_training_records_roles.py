"""Who keeps a worker's training plans and enrolments (staff/roles.py): counsellors add and
change those of their caseload; supervisors also delete them."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = [
    f"training.{action}_{model}"
    for model in ("trainingplan", "enrolment")
    for action in ("add", "change", "view")
]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [*KEEP, "training.delete_trainingplan", "training.delete_enrolment"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0002_worker_training_records"),
        ("workers", "0002_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

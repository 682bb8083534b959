"""Who may do what with self-assessments (staff/roles.py): counsellors look results up by
reference and attach them to a worker; supervisors too, and alone edit the instrument."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

RESULTS = ["assessments.view_selfassessment", "assessments.change_selfassessment"]
INSTRUMENT = [
    f"assessments.{action}_{model}"
    for model in ("questionnaire", "dimension", "question", "answerscale", "answeroption")
    for action in ("add", "change", "view")
]
PERMISSIONS = {COUNSELLORS: RESULTS, SUPERVISORS: [*RESULTS, *INSTRUMENT]}


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0004_seed_self_assessment"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

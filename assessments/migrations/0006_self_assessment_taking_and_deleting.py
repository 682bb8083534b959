"""Counsellors may take the self-assessment with a worker (the admin's "add" opens the public
form, for a questionnaire filled in on paper); supervisors alone delete a result, as with every
record of the archive."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

TAKE = "assessments.add_selfassessment"
PERMISSIONS = {COUNSELLORS: [TAKE], SUPERVISORS: [TAKE, "assessments.delete_selfassessment"]}


class Migration(migrations.Migration):
    dependencies = [("assessments", "0005_self_assessment_roles")]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

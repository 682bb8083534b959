"""Who arranges interviews for a worker (staff/roles.py): counsellors for their caseload;
supervisors also delete them."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = ["jobseeking.add_interview", "jobseeking.change_interview", "jobseeking.view_interview"]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [*KEEP, "jobseeking.delete_interview"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("jobseeking", "0001_interviews"),
        ("workers", "0002_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

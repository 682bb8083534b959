"""Supervisors keep every staff member's profile (clause 4.2); staff edit their own through
"My profile", which needs no permission."""

from django.db import migrations

from staff.grants import grants
from staff.roles import SUPERVISORS

PERMISSIONS = {
    SUPERVISORS: [
        "staff.add_staffprofile",
        "staff.change_staffprofile",
        "staff.view_staffprofile",
        "staff.delete_staffprofile",
    ]
}


class Migration(migrations.Migration):
    dependencies = [("staff", "0006_staff_profile_qualifications")]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

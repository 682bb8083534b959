"""Who handles complaints (staff/roles.py): complaint officers receive, enter and answer the
complaints of their departments; supervisors see every complaint, keep the departments and
categories, and alone may delete a complaint."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COMPLAINT_OFFICERS, SUPERVISORS

HANDLE = [
    "complaints.add_complaint",
    "complaints.change_complaint",
    "complaints.view_complaint",
    "complaints.view_department",
    "complaints.view_complaintcategory",
]
ORGANISE = [
    f"complaints.{action}_{model}"
    for model in ("department", "complaintcategory")
    for action in ("add", "change", "delete")
]
PERMISSIONS = {
    COMPLAINT_OFFICERS: HANDLE,
    SUPERVISORS: [
        *HANDLE,
        *ORGANISE,
        "complaints.delete_complaint",
        "complaints.view_every_complaint",
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

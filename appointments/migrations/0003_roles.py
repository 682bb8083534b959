"""Who handles appointments (staff/roles.py): counsellors open slots, book for callers and
record attendance; supervisors also keep the rooms and service types and may delete."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

HANDLE = [
    "appointments.add_booking",
    "appointments.change_booking",
    "appointments.view_booking",
    "appointments.add_slot",
    "appointments.change_slot",
    "appointments.view_slot",
    "appointments.view_room",
    "appointments.view_servicetype",
]
ORGANISE = [
    f"appointments.{action}_{model}"
    for model in ("room", "servicetype")
    for action in ("add", "change", "delete")
]
PERMISSIONS = {
    COUNSELLORS: HANDLE,
    SUPERVISORS: [*HANDLE, *ORGANISE, "appointments.delete_booking", "appointments.delete_slot"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0002_service_types"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

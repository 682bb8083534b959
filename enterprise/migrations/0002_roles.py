"""Who keeps entrepreneurship guidance (staff/roles.py): counsellors keep the business projects
(with their budgets and referrals) and the resource directory, and read the risk rules;
supervisors also set the risk rules and alone may delete."""

from django.db import migrations

from staff.grants import grants
from staff.roles import COUNSELLORS, SUPERVISORS

KEEP = [
    "enterprise.add_businessproject",
    "enterprise.change_businessproject",
    "enterprise.view_businessproject",
    "enterprise.add_supportresource",
    "enterprise.change_supportresource",
    "enterprise.view_supportresource",
    "enterprise.view_riskrule",
]
PERMISSIONS = {
    COUNSELLORS: KEEP,
    SUPERVISORS: [
        *KEEP,
        "enterprise.delete_businessproject",
        "enterprise.delete_supportresource",
        "enterprise.add_riskrule",
        "enterprise.change_riskrule",
        "enterprise.delete_riskrule",
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("enterprise", "0001_initial"),
        ("staff", "0001_roles"),
    ]

    operations = [migrations.RunPython(*grants(PERMISSIONS))]

"""Daily (clause 4.2): remind staff of qualifications about to expire or expired and of the
annual mental-health check."""

from django.core.management.base import BaseCommand

from portal.dates import lhasa_today
from staff.reminders import remind_all


class Command(BaseCommand):
    help = (
        "Mail each member of staff once when a qualification is STAFF_REMINDER_DAYS days from "
        "expiry or their mental-health check from due, and once more when it has expired or is "
        "overdue; the supervisors get one summary. Run it daily, e.g. from cron: "
        "'0 8 * * * cd /srv/portal && .venv/bin/python manage.py remind_staff_qualifications'."
    )

    def handle(self, *args, **options):
        reminded = remind_all(lhasa_today())
        self.stdout.write(f"{reminded} item(s) reminded of")

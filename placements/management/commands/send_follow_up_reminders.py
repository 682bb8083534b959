"""Remind counsellors of follow-ups (clause 6.5.1: overdue is alerted)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction

from placements.choices import ReminderKind
from placements.models import FollowUp, Reminder
from placements.notices import remind
from portal.dates import lhasa_today


class Command(BaseCommand):
    help = (
        "Mail each responsible counsellor once when a follow-up is FOLLOW_UP_REMINDER_DAYS "
        "days from due, and once more when it is overdue. Run it daily, e.g. from cron: "
        "'30 8 * * * cd /srv/portal && .venv/bin/python manage.py send_follow_up_reminders' "
        "(08:30 on the server's clock)."
    )

    def handle(self, *args, **options):
        today = lhasa_today()
        pending = FollowUp.objects.select_related(
            "placement__worker__counsellor", "placement__recorded_by"
        )
        batches = [
            (ReminderKind.DUE_SOON, pending.due_soon(today, settings.FOLLOW_UP_REMINDER_DAYS)),
            (ReminderKind.OVERDUE, pending.overdue(today)),
        ]
        sent = 0
        for kind, follow_ups in batches:
            for follow_up in follow_ups.exclude(reminders__kind=kind):
                sent += self.remind_once(follow_up, kind)
        self.stdout.write(f"{sent} reminder(s) sent")

    def remind_once(self, follow_up, kind):
        """Records the reminder first, so that a second run, even a concurrent one, skips it."""
        try:
            with transaction.atomic():
                Reminder.objects.create(follow_up=follow_up, kind=kind)
                if not remind(follow_up, kind):
                    transaction.set_rollback(True)
                    return 0
        except IntegrityError:
            return 0
        return 1

"""Deletes audit log entries older than AUDIT_LOG_RETENTION_DAYS; never keeps them less than six
months (the service's rule for access records). Run it daily, e.g. from cron."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from audit.models import AuditEntry

SHORTEST_RETENTION_DAYS = 183


class Command(BaseCommand):
    help = "Delete audit log entries older than AUDIT_LOG_RETENTION_DAYS (at least 183)."

    def handle(self, *args, **options):
        days = settings.AUDIT_LOG_RETENTION_DAYS
        if days < SHORTEST_RETENTION_DAYS:
            raise CommandError(
                f"AUDIT_LOG_RETENTION_DAYS is {days}: the audit log is kept at least "
                f"{SHORTEST_RETENTION_DAYS} days (six months)."
            )
        before = timezone.now() - datetime.timedelta(days=days)
        deleted, _ = AuditEntry.objects.filter(when__lt=before).delete()
        self.stdout.write(f"Deleted {deleted} audit log entries from before {before:%Y-%m-%d}.")

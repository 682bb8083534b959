"""Anonymises the workers whose archive is past its keeping period (clause 6.5.3: at least five
years after the last service). Run it yearly, after closing the year:

    python manage.py anonymise_workers --dry-run    # who would be anonymised
    python manage.py anonymise_workers
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.dates import lhasa_today
from workers.models import Worker
from workers.retention import anonymise, kept_until, last_service_on


class Command(BaseCommand):
    help = "Anonymise the workers last served more than five years ago."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only list them")

    def handle(self, *args, dry_run=False, **options):
        today = lhasa_today()
        due = [
            worker
            for worker in Worker.objects.filter(anonymised_on__isnull=True)
            if last_service_on(worker) is not None and kept_until(worker) is None
        ]
        for worker in due:
            self.stdout.write(f"worker {worker.pk}: last served {last_service_on(worker)}")
            if not dry_run:
                with transaction.atomic():
                    anonymise(worker, today)
        verb = "would be anonymised" if dry_run else "anonymised"
        self.stdout.write(self.style.SUCCESS(f"{len(due)} workers {verb}."))

"""Daily: text each worker whose appointment is tomorrow (in Lhasa) a reminder, in the booking's
language. Each booking is reminded of once, however often the command runs: a booking is
claimed by setting `reminded_at` where it is still empty, before its text is queued."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from appointments import notices
from appointments.models import Booking, Status
from portal.dates import lhasa_today


class Command(BaseCommand):
    help = "Text a reminder to the workers whose appointment is tomorrow."

    def handle(self, *args, **options):
        tomorrow = lhasa_today() + datetime.timedelta(days=1)
        due = Booking.objects.filter(
            status=Status.BOOKED, slot__starts_at__date=tomorrow, reminded_at__isnull=True
        ).select_related("service", "slot__centre")
        sent = 0
        for booking in due:
            claimed = Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            )
            if claimed:
                notices.tell(booking, "reminder")
                sent += 1
        self.stdout.write(f"{sent} appointment reminders sent.")

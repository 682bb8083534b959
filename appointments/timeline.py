"""A worker's appointments on their timeline: booked from the phone of the worker's record, or
linked by staff."""

from django.utils.translation import gettext_lazy as _

from workers.timeline import Entry, source


@source
def appointments(worker):
    for booking in worker.appointments.select_related("service", "slot"):
        detail = f"{booking.shown_reference} · {booking.service} · {booking.get_status_display()}"
        yield Entry(booking.slot.starts_at, _("Appointment"), detail)

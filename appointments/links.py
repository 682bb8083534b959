"""The private links of a booking: no one signs in to book, so the confirmation and the text
message carry links signed with the site's secret key. A link holds the booking's id only, and a
salt per purpose: the link to change a booking does not open its calendar file, nor the other
way round.

A link lasts MAX_AGE (longer than any booking is made in advance), and a booking whose
appointment has started can no longer be changed (Booking.changeable): a link is of no use
after its appointment.
"""

from django.core import signing
from django.urls import reverse

from appointments.models import Booking

SALTS = {
    "manage": "appointments.manage",
    "calendar": "appointments.calendar",
}
MAX_AGE = 120 * 24 * 3600


def token(booking, purpose):
    return signing.dumps(booking.pk, salt=SALTS[purpose])


def booking_for(token, purpose):
    """The booking of a token made by token(), or None for a tampered or expired one."""
    try:
        pk = signing.loads(token, salt=SALTS[purpose], max_age=MAX_AGE)
    except signing.BadSignature:  # SignatureExpired too
        return None
    bookings = Booking.objects.select_related("service", "slot__centre", "slot__room")
    return bookings.filter(pk=pk).first()


def manage_url(booking):
    return reverse("appointments:manage", args=(token(booking, "manage"),))


def calendar_url(booking):
    return reverse("appointments:calendar", args=(token(booking, "calendar"),))

"""What a worker is told about an appointment, by text message in the booking's language: the
confirmation with the link to cancel or move it, the new time after a move, and the reminder the
day before. Texts carry the reference, the time and the place, never the name or the phone."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from appointments import links
from appointments.forms import place_of
from portal.dates import LHASA
from portal.notifications import send_sms


def when(booking):
    return f"{timezone.localtime(booking.slot.starts_at, LHASA):%Y-%m-%d %H:%M}"


def text(booking, step, link=""):
    about = {
        "reference": booking.shown_reference,
        "service": booking.service.name,
        "when": when(booking),
        "place": place_of(booking.slot),
        "link": link,
    }
    return texts()[step] % about


def texts():
    """The messages by step, translated in the active language."""
    return {
        "booked": _(
            "Appointment %(reference)s booked: %(service)s, %(when)s, %(place)s. "
            "To cancel or change it: %(link)s"
        ),
        "moved": _("Appointment %(reference)s moved: %(service)s, %(when)s, %(place)s."),
        "cancelled": _("Appointment %(reference)s has been cancelled."),
        "reminder": _(
            "Reminder: your appointment %(reference)s is tomorrow, %(when)s, %(place)s "
            "(%(service)s)."
        ),
    }


def tell(booking, step, request=None):
    """Text the worker; `request` gives the confirmation its link to cancel or move, which opens
    in the booking's language."""
    with translation.override(booking.language):
        link = request.build_absolute_uri(links.manage_url(booking)) if request else ""
        message = text(booking, step, link)
    send_sms(booking.phone, message)

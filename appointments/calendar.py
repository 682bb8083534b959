"""A booking as an iCalendar file (RFC 5545) that a phone's calendar takes: the time in
Asia/Shanghai (Lhasa keeps China Standard Time, UTC+8 all year), texts escaped and long lines
folded at 75 octets without cutting a character in two."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from appointments.forms import place_of
from portal.dates import LHASA

TIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Shanghai",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escaped(value):
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def folded(line):
    """The line in pieces of at most 75 octets, each after the first starting with a space."""
    pieces, piece = [], ""
    for character in line:
        limit = 75 if not pieces else 74
        if len((piece + character).encode()) > limit:
            pieces.append(piece)
            piece = ""
        piece += character
    pieces.append(piece)
    return "\r\n ".join(pieces)


def local(moment):
    return f"{timezone.localtime(moment, LHASA):%Y%m%dT%H%M%S}"


def ics(booking, host):
    with translation.override(booking.language):
        summary = f"{booking.service.name} · {booking.shown_reference}"
        description = _("Appointment %(reference)s with %(counsellor)s. %(how)s.") % {
            "reference": booking.shown_reference,
            "counsellor": booking.slot.counsellor_name,
            "how": booking.get_channel_display(),
        }
        location = place_of(booking.slot)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Lhasa career guidance//Appointments//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *TIMEZONE,
        "BEGIN:VEVENT",
        f"UID:{booking.reference}@{host}",
        f"DTSTAMP:{timezone.now():%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID=Asia/Shanghai:{local(booking.slot.starts_at)}",
        f"DTEND;TZID=Asia/Shanghai:{local(booking.slot.ends_at)}",
        f"SUMMARY:{escaped(summary)}",
        f"LOCATION:{escaped(location)}",
        f"DESCRIPTION:{escaped(description)}",
        "STATUS:" + ("CANCELLED" if booking.status == "cancelled" else "CONFIRMED"),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(folded(line) + "\r\n" for line in lines)

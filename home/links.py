"""Links from one part of the service to another that several page types share."""

from urllib.parse import urlencode

from django.urls import reverse


def appointment_url(request, **about):
    """Where a worker asks a counsellor or books an appointment, e.g. `about` a course=<id>:
    the booking page (appointments/) in the reader's language, with `about` in the query string.
    Swap the target here."""
    url = reverse("appointments:choose")
    return f"{url}?{urlencode(about)}" if about else url

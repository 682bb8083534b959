"""The worker's timeline: everything that happened to them, newest first (issue 6, caseload).

Each part of the service that keeps records about a worker registers a source: a function
`source(worker)` that yields `Entry`s. The worker record's own entries are here.
"""

from dataclasses import dataclass
from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.dates import LHASA

SOURCES = []


@dataclass
class Entry:
    when: datetime
    what: str
    detail: str = ""
    url: str = ""


def source(function):
    """Registers `function(worker)` → iterable of Entry."""
    SOURCES.append(function)
    return function


def moment(value):
    """A datetime for sorting: a date counts from the start of its day in Lhasa."""
    if isinstance(value, datetime):
        return value
    return timezone.make_aware(datetime.combine(value, time.min), LHASA)


def timeline(worker):
    entries = [entry for found in SOURCES for entry in found(worker)]
    return sorted(entries, key=lambda entry: moment(entry.when), reverse=True)


@source
def record(worker):
    yield Entry(worker.created_at, _("Record opened"))
    for consent in worker.consents.all():
        yield Entry(consent.given_on, _("Consent given"), consent.get_purpose_display())
        if consent.withdrawn_on:
            yield Entry(consent.withdrawn_on, _("Consent withdrawn"), consent.get_purpose_display())

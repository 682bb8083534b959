"""A worker's complaints on their timeline: filed from the phone of the worker's record."""

from django.utils.translation import gettext_lazy as _

from workers.timeline import Entry, source


@source
def complaints(worker):
    for complaint in worker.complaints.all():
        detail = f"{complaint.shown_reference} · {complaint.get_status_display()}"
        yield Entry(complaint.received_at, _("Complaint received"), detail)

"""A self-assessment attached to a worker appears on the worker's timeline."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from workers.timeline import Entry, source


@source
def self_assessments(worker):
    for result in worker.self_assessments.all():
        yield Entry(
            result.created_at,
            _("Self-assessment taken"),
            f"{result.shown_reference} · {result.interest_code}",
            reverse("self_assessments:inspect", args=(result.pk,)),
        )

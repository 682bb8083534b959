"""Interviews on the worker's timeline (clause 6.3.3)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from workers.timeline import Entry, source


@source
def interviews(worker):
    for interview in worker.interviews.all():
        yield Entry(
            interview.when,
            _("Interview with %(employer)s") % {"employer": interview.employer_name},
            _("%(place)s; outcome: %(outcome)s")
            % {"place": interview.place, "outcome": interview.get_outcome_display()},
            reverse("interviews:inspect", args=(interview.pk,)),
        )

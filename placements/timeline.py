"""A worker's placements and follow-ups on the worker's timeline (workers/timeline.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from placements.models import FollowUp
from workers.timeline import Entry, source


@source
def placements(worker):
    for placement in worker.placements.all():
        url = reverse("placements:inspect", args=(placement.pk,))
        yield Entry(placement.start_date, _("Started a job"), placement.employer_name, url)
    follow_ups = FollowUp.objects.filter(placement__worker=worker).select_related("placement")
    for follow_up in follow_ups:
        url = reverse("placements:inspect", args=(follow_up.placement_id,))
        if follow_up.done_on:
            what = _("Follow-up %(number)s done") % {"number": follow_up.number}
            yield Entry(follow_up.done_on, what, follow_up.get_outcome_display(), url)
        else:
            what = _("Follow-up %(number)s due") % {"number": follow_up.number}
            yield Entry(follow_up.due_on, what, follow_up.placement.employer_name, url)

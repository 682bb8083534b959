"""What the worker page shows of assessments: a link to record one, and each on the timeline."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from workers.records import record_action
from workers.timeline import Entry, source

record_action(_("Record an assessment"), "assessments:add", "assessments.add_staffassessment")


@source
def assessments(worker):
    # Newest first already: assessments of one day keep that order on the timeline.
    for assessment in worker.assessments.all():
        yield Entry(
            assessment.assessed_on,
            _("Ability assessed"),
            assessment.get_next_step_display(),
            reverse("assessments:inspect", args=(assessment.pk,)),
        )

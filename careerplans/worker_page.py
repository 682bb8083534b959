"""What the worker page shows of career plans: a link to write one (or its next version), and
each version and delivery on the timeline."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerplans.models import PlanDelivery, PlanVersion
from workers.records import record_action
from workers.timeline import Entry, source

record_action(_("Write a career plan"), "careerplans:add", "careerplans.add_planversion")


@source
def career_plans(worker):
    for version in PlanVersion.objects.filter(worker=worker):
        yield Entry(
            version.created_at,
            _("Career plan version %(number)s written") % {"number": version.number},
            version.reason_for_change,
            reverse("careerplans:inspect", args=(version.pk,)),
        )
    for delivery in PlanDelivery.objects.filter(version__worker=worker):
        yield Entry(
            delivery.delivered_on,
            _("Career plan delivered"),
            delivery.get_how_display(),
            reverse("careerplans:inspect", args=(delivery.version_id,)),
        )

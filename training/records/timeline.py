"""A worker's training on their timeline: plans made, enrolments and how they ended (6.2)."""

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from training.records.models import EnrolmentStatus
from workers.timeline import Entry, source


@source
def training_plans(worker):
    for plan in worker.training_plans.select_related("occupation"):
        url = reverse("training_plans:inspect", args=(plan.pk,))
        need = Truncator(plan.need).chars(120)
        yield Entry(plan.identified_on, _("Training planned"), need, url)


@source
def enrolments(worker):
    for enrolment in worker.enrolments.select_related("course"):
        url = reverse("enrolments:inspect", args=(enrolment.pk,))
        course = enrolment.course.title
        yield Entry(enrolment.enrolled_on, _("Enrolled in a course"), course, url)
        if enrolment.status == EnrolmentStatus.COMPLETED:
            certificate = f"{enrolment.certificate_name} {enrolment.certificate_number}"
            yield Entry(
                enrolment.completed_on,
                _("Completed a course"),
                _("%(course)s; certificate %(certificate)s")
                % {"course": course, "certificate": certificate},
                url,
            )
        elif enrolment.status == EnrolmentStatus.DROPPED:
            yield Entry(
                enrolment.dropped_on,
                _("Dropped out of a course"),
                _("%(course)s; reason: %(reason)s")
                % {"course": course, "reason": enrolment.dropped_reason},
                url,
            )

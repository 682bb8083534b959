"""Demo survey answers (clause 7.2): the ability assessments of the last year and the
closed demo complaints were rated by their workers, so the satisfaction report and the
dashboard panel have figures; the newest two assessments are invited and not answered yet.

The scores are invented but not random (the same on every load): mostly good, a few poor,
never the same for every item. No text message is sent. Idempotent: a service that has its
invitation is left alone.
"""

import datetime

from django.utils import timezone

from assessments.models import StaffAssessment
from complaints.models import Complaint, Status
from portal.dates import LHASA, lhasa_today
from quality.invitations import default_service_type, kind_of
from quality.models import Invitation, Response
from quality.questionnaire import HIGHEST, ITEMS, LOWEST

ASSESSMENT = "能力评估"
DAYS_BACK = 365
UNANSWERED = 2
# Added to the first item's score for each item in turn, so that items differ within an answer.
SPREAD = (0, 1, -1, 0, 1, 0, -2, 1, 0, -1, 1, 0)
COMMENTS = (
    "指导员讲得很清楚，谢谢。",
    "ལས་བྱེད་པས་བོད་སྐད་ཐོག་ནས་གསལ་པོ་བཤད་སོང་།",
    "",
    "等候时间有点长。",
)


def scores(number):
    base = (8, 9, 6, 7, 10, 4, 8)[number % 7]
    return {
        item.field: max(LOWEST, min(HIGHEST, base + shift))
        for item, shift in zip(ITEMS, SPREAD, strict=True)
    }


def centre_of(user):
    profile = getattr(user, "staff_profile", None) if user else None
    return profile.service_centre if profile else None


def invited(demo, service, service_type, day, language, centre=None, number=None):
    """The invitation of `service`, sent on `day`, answered unless `number` is None."""
    if Invitation.objects.for_service(service).exists():
        return
    sent = datetime.datetime.combine(day, datetime.time(16), tzinfo=LHASA)
    invitation = Invitation.objects.create(
        service=service,
        service_kind=kind_of(service),
        service_type=service_type,
        centre=centre,
        language=language,
        created_at=sent,
    )
    demo.created["quality.Invitation"] += 1
    if number is None:
        return
    answered = min(sent + datetime.timedelta(hours=20), timezone.now())
    Response.objects.create(
        invitation=invitation,
        submitted_at=answered,
        comment=COMMENTS[number % len(COMMENTS)],
        **scores(number),
    )
    invitation.answered_at = answered
    invitation.save(update_fields=["answered_at"])
    demo.created["quality.Response"] += 1


def load(demo):
    since = lhasa_today() - datetime.timedelta(days=DAYS_BACK)
    assessments = (
        StaffAssessment.objects.filter(assessed_on__gte=since)
        .select_related("assessor__staff_profile__service_centre")
        .order_by("-assessed_on", "pk")
    )
    for number, assessment in enumerate(assessments):
        invited(
            demo,
            assessment,
            ASSESSMENT,
            assessment.assessed_on,
            "bo" if number % 3 == 0 else "zh-hans",
            centre=centre_of(assessment.assessor),
            number=None if number < UNANSWERED else number,
        )
    for number, complaint in enumerate(Complaint.objects.filter(status=Status.CLOSED)):
        closed = complaint.changes.filter(to_status=Status.CLOSED).last()
        day = lhasa_today(closed.at) if closed else lhasa_today()
        service_type = default_service_type(kind_of(complaint))
        invited(demo, complaint, service_type, day, complaint.language, number=number)

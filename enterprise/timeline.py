"""A worker's business projects and referrals on their timeline (clause 6.4)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from enterprise.models import Referral
from workers.timeline import Entry, source

OUTCOMES = {
    Referral.Outcome.APPROVED: _("Referral approved"),
    Referral.Outcome.REFUSED: _("Referral refused"),
    Referral.Outcome.NOT_PURSUED: _("Referral not pursued"),
}


def outcome_detail(referral):
    if referral.amount_approved is not None:
        return _("%(resource)s, %(amount)s yuan") % {
            "resource": referral.resource,
            "amount": referral.amount_approved,
        }
    return str(referral.resource)


@source
def business_projects(worker):
    projects = worker.business_projects.prefetch_related("referrals__resource")
    for project in projects:
        url = reverse("business_projects:inspect", args=(project.pk,))
        yield Entry(project.created_at, _("Business project recorded"), project.name, url)
        if project.started_on:
            yield Entry(project.started_on, _("Business started"), project.name, url)
        for referral in project.referrals.all():
            yield Entry(
                referral.referred_on, _("Referred to a support resource"), referral.resource, url
            )
            if referral.outcome in OUTCOMES and referral.decided_on:
                yield Entry(
                    referral.decided_on, OUTCOMES[referral.outcome], outcome_detail(referral), url
                )

"""The public survey pages (clause 7.2): the questionnaire behind a signed link and the
thank-you page. No JavaScript is needed.

A changed, unknown, expired or already answered link gets a page that says so, never an error.
The link holds no personal data; the pages are not stored by browsers or caches.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from portal.limits import HourlyLimit, address_of
from quality.forms import SurveyForm
from quality.invitations import (
    AlreadyAnswered,
    LinkExpired,
    LinkInvalid,
    invitation_for,
    record_answer,
)


def surveys_per_hour():
    return settings.SURVEYS_PER_HOUR


def closed(request, reason, status):
    return render(request, "quality/closed.html", {"reason": reason}, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@cache_control(private=True, no_store=True)
def survey(request, token):
    try:
        invitation = invitation_for(token)
    except LinkInvalid:
        return closed(request, "invalid", 404)
    except LinkExpired:
        return closed(request, "expired", 410)
    if invitation.answered_at is not None:
        return closed(request, "answered", 200)
    if request.method != "POST":
        return render(request, "quality/survey.html", {"form": SurveyForm()})
    by_address = HourlyLimit("survey", address_of(request), surveys_per_hour())
    if by_address.reached():
        response = render(
            request, "quality/too_many.html", {"per_hour": by_address.per_hour}, status=429
        )
        response["Retry-After"] = str(by_address.seconds_left)
        return response
    form = SurveyForm(request.POST)
    if not form.is_valid():
        if form.filled_by_software():
            by_address.count()
        return render(request, "quality/survey.html", {"form": form})
    by_address.count()
    try:
        record_answer(invitation, form.scores(), form.cleaned_data["comment"])
    except AlreadyAnswered:
        return closed(request, "answered", 200)
    return redirect("quality:thanks")


@require_http_methods(["GET", "HEAD"])
def thanks(request):
    return render(request, "quality/thanks.html")

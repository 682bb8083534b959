"""The public self-assessment pages: the questionnaire and the result (clauses 5.2(4), 6.1.1).

The result's address holds its reference and nothing personal: the worker can come back to it
or show it at an appointment. Results are not indexed nor kept by shared caches.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from assessments.instrument import Questionnaire, SelfAssessment
from assessments.profile import Profile
from assessments.self_forms import SelfAssessmentForm
from complaints.references import normalised_reference
from home.links import appointment_url
from portal.limits import HourlyLimit, address_of

# Taking the questionnaire takes a quarter of an hour: more than this from one address in an
# hour is software, or a whole class at a centre (then raise SELF_ASSESSMENTS_PER_HOUR).


@require_http_methods(["GET", "HEAD", "POST"])
def questionnaire(request):
    current = Questionnaire.objects.current()
    if current is None:
        raise Http404("No self-assessment questionnaire is active.")
    if request.method != "POST":
        return form_page(request, SelfAssessmentForm(current))
    limit = HourlyLimit("self-assessment", address_of(request), settings.SELF_ASSESSMENTS_PER_HOUR)
    if limit.reached():
        response = render(
            request,
            "assessments/self/too_many.html",
            {"per_hour": settings.SELF_ASSESSMENTS_PER_HOUR},
            status=429,
        )
        response["Retry-After"] = str(limit.seconds_left)
        return response
    form = SelfAssessmentForm(current, request.POST)
    if form.is_valid():
        result = form.save()
        limit.count()
        return redirect("selfassessment:result", reference=result.reference)
    if form.filled_by_software():
        limit.count()
    return form_page(request, form)


def form_page(request, form):
    return render(request, "assessments/self/form.html", {"form": form})


@require_http_methods(["GET", "HEAD"])
@cache_control(private=True)
def result(request, reference):
    found = get_object_or_404(
        SelfAssessment.objects.select_related("questionnaire"),
        reference=normalised_reference(reference) or "-",
    )
    context = {
        "profile": Profile(found),
        "appointment_url": appointment_url(request, assessment=found.reference),
    }
    return render(request, "assessments/self/result.html", context)

"""The public complaint pages (clause 7.3): the form, the thank-you page with the reference, and
the lookup by reference and mobile number.

Nothing personal goes into an address or a log: the form and the lookup are POSTed, and the
thank-you page reads the reference from the session. The thank-you page and the lookup's answer
are not stored by browsers or caches (Cache-Control: private, no-store).
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from complaints.forms import NOT_FOUND, ComplaintForm, LookupForm
from complaints.references import shown
from complaints.transitions import WORKING_DAYS_TO_ANSWER
from portal.crypto import lookup_hash
from portal.limits import HourlyLimit, address_of, phone_subject

# The reference of the complaint last sent from this browser.
SESSION_KEY = "complaint_submitted"


def too_many(request, limit, template="complaints/too_many.html"):
    response = render(request, template, {"per_hour": limit.per_hour}, status=429)
    response["Retry-After"] = str(limit.seconds_left)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def complaint_form(request):
    # COMPLAINTS_PER_HOUR from one address, and as many about one phone: no one floods the
    # officers, from one connection or many.
    by_address = HourlyLimit("complaint", address_of(request), settings.COMPLAINTS_PER_HOUR)
    if request.method != "POST":
        return form_page(request, ComplaintForm())
    if by_address.reached():
        return too_many(request, by_address)
    form = ComplaintForm(request.POST)
    if form.is_valid():
        by_phone = HourlyLimit(
            "complaint-phone",
            phone_subject(form.cleaned_data["phone"]),
            settings.COMPLAINTS_PER_HOUR,
        )
        if by_phone.reached():
            return too_many(request, by_phone)
        complaint = form.save(language=translation.get_language())
        by_address.count()
        by_phone.count()
        request.session[SESSION_KEY] = complaint.reference
        return redirect("complaints:thanks")
    if form.filled_by_software():
        by_address.count()
    return form_page(request, form)


def form_page(request, form):
    context = {"form": form, "working_days": WORKING_DAYS_TO_ANSWER}
    return render(request, "complaints/form.html", context)


@require_http_methods(["GET", "HEAD"])
@cache_control(private=True, no_store=True)
def thanks(request):
    """The reference of the complaint last sent from this browser; anyone else is sent to the
    form."""
    reference = request.session.get(SESSION_KEY)
    if reference is None:
        return redirect("complaints:form")
    context = {"reference": shown(reference), "working_days": WORKING_DAYS_TO_ANSWER}
    return render(request, "complaints/thanks.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@cache_control(private=True, no_store=True)
def lookup(request):
    if request.method != "POST":
        return render(request, "complaints/lookup.html", {"form": LookupForm()})
    by_address = HourlyLimit(
        "complaint-lookup", address_of(request), settings.COMPLAINT_LOOKUPS_PER_HOUR
    )
    if by_address.reached():
        return too_many(request, by_address, "complaints/too_many_lookups.html")
    form = LookupForm(request.POST)
    if form.is_valid():
        # Guessing phones for one reference from many addresses is limited too.
        by_reference = HourlyLimit(
            "complaint-lookup-reference",
            lookup_hash("reference", form.cleaned_data["reference"]),
            settings.COMPLAINT_LOOKUPS_PER_HOUR,
        )
        if by_reference.reached():
            return too_many(request, by_reference, "complaints/too_many_lookups.html")
        by_address.count()
        by_reference.count()
        complaint = form.complaint()
        if complaint is not None:
            return render(request, "complaints/result.html", {"complaint": complaint})
        form.add_error(None, NOT_FOUND)
    elif form.filled_by_software():
        by_address.count()
    return render(request, "complaints/lookup.html", {"form": form})

"""The public booking pages (clauses 4.3.1(4), 4.3.2(2), 5.2): choose a service, where and a
language; pick a free time and give a name and mobile number; the confirmation to print, with
the calendar file; and the private link to cancel or move the booking.

Nothing personal goes into an address or a log: the booking is POSTed, the confirmation reads
the booking from the session, and the private links carry a signed id only. The pages that show
a booking are not stored by browsers or caches.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_POST

from appointments import links, notices
from appointments.calendar import ics
from appointments.forms import BookingForm, ChoiceForm, MoveForm, about_of, by_day, place_of
from appointments.models import Booking, Slot
from appointments.seats import SlotTaken, book, cancel, move
from portal.limits import HourlyLimit, address_of, phone_subject

# The booking last made from this browser.
SESSION_KEY = "appointment_booked"
# Bookings from one address, and for one phone, in an hour.


def too_many(request, limit):
    response = render(
        request, "appointments/too_many.html", {"per_hour": limit.per_hour}, status=429
    )
    response["Retry-After"] = str(limit.seconds_left)
    return response


@require_http_methods(["GET", "HEAD"])
def choose(request):
    initial = {"language": translation.get_language()}
    context = {"form": ChoiceForm(initial=initial), "about": about_of(request.GET)}
    return render(request, "appointments/choose.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def times(request):
    choice = ChoiceForm(request.GET)
    about = about_of(request.GET)
    if not choice.is_valid():
        return render(request, "appointments/choose.html", {"form": choice, "about": about})
    slots = choice.slots()
    remote = choice.centre is None
    if request.method != "POST":
        return times_page(request, choice, BookingForm(slots=slots, remote=remote))
    by_address = HourlyLimit("appointment", address_of(request), settings.APPOINTMENTS_PER_HOUR)
    if by_address.reached():
        return too_many(request, by_address)
    form = BookingForm(request.POST, slots=slots, remote=remote)
    if not form.is_valid():
        if form.filled_by_software():
            by_address.count()
        return times_page(request, choice, form)
    data = form.cleaned_data
    by_phone = HourlyLimit(
        "appointment-phone", phone_subject(data["phone"]), settings.APPOINTMENTS_PER_HOUR
    )
    if by_phone.reached():
        return too_many(request, by_phone)
    try:
        booking = book(
            data["slot"],
            service=choice.cleaned_data["service"],
            name=data["name"],
            phone=data["phone"],
            language=choice.cleaned_data["language"],
            channel=data["channel"] if remote else "in_person",
            notes=data["notes"],
            topic=urlencode(about),
        )
    except SlotTaken as taken:
        form.add_error("slot", taken.message)
        return times_page(request, choice, form)
    by_address.count()
    by_phone.count()
    notices.tell(booking, "booked", request)
    request.session[SESSION_KEY] = booking.pk
    return redirect("appointments:booked")


def times_page(request, choice, form):
    context = {
        "choice": choice,
        "form": form,
        "days": by_day(form.fields["slot"].queryset),
    }
    return render(request, "appointments/times.html", context)


def booking_page(request, booking, template="appointments/booked.html", **more):
    context = {
        "booking": booking,
        "place": place_of(booking.slot),
        "manage_url": links.manage_url(booking),
        "calendar_url": links.calendar_url(booking),
        **more,
    }
    return render(request, template, context)


@require_http_methods(["GET", "HEAD"])
@cache_control(private=True, no_store=True)
def booked(request):
    """The booking last made from this browser; anyone else is sent to the first step."""
    pk = request.session.get(SESSION_KEY)
    booking = Booking.objects.filter(pk=pk).select_related("service", "slot").first()
    if booking is None:
        return redirect("appointments:choose")
    return booking_page(request, booking)


def invalid_link(request):
    return render(request, "appointments/invalid_link.html", status=404)


def other_times(booking):
    slots = Slot.objects.open().at(booking.slot.centre if not booking.slot.remote else None)
    slots = slots.speaking(booking.language).exclude(pk=booking.slot_id)
    return slots.select_related("centre", "room", "counsellor").order_by("starts_at", "pk")


@require_http_methods(["GET", "HEAD"])
@cache_control(private=True, no_store=True)
def manage(request, token):
    booking = links.booking_for(token, "manage")
    if booking is None:
        return invalid_link(request)
    return manage_page(request, token, booking, MoveForm(slots=other_times(booking)))


def manage_page(request, token, booking, move_form, status=200):
    days = by_day(move_form.fields["slot"].queryset)
    response = booking_page(
        request,
        booking,
        "appointments/manage.html",
        token=token,
        move_form=move_form,
        days=days,
    )
    response.status_code = status
    return response


@require_POST
@cache_control(private=True, no_store=True)
def cancel_booking(request, token):
    booking = links.booking_for(token, "manage")
    if booking is None:
        return invalid_link(request)
    if booking.changeable:
        booking = cancel(booking)
        notices.tell(booking, "cancelled")
    return render(request, "appointments/cancelled.html", {"booking": booking})


@require_POST
@cache_control(private=True, no_store=True)
def move_booking(request, token):
    booking = links.booking_for(token, "manage")
    if booking is None:
        return invalid_link(request)
    form = MoveForm(request.POST, slots=other_times(booking))
    if not booking.changeable:
        return manage_page(request, token, booking, form)
    if form.is_valid():
        try:
            booking = move(booking, form.cleaned_data["slot"])
        except SlotTaken as taken:
            form.add_error("slot", taken.message)
        else:
            notices.tell(booking, "moved")
            booking = links.booking_for(token, "manage")
            return booking_page(request, booking, moved=True)
    return manage_page(request, token, booking, form)


@require_http_methods(["GET", "HEAD"])
@cache_control(private=True, no_store=True)
def calendar(request, token):
    booking = links.booking_for(token, "calendar")
    if booking is None:
        return invalid_link(request)
    response = HttpResponse(ics(booking, request.get_host()), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="{booking.reference}.ics"'
    return response

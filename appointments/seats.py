"""Taking and giving back the seats of appointment slots: the only code that changes
`Slot.booked` (capacity rule, appointments/models.py).

A seat is taken by one UPDATE that adds one only where a seat is left and the slot has not
started: the database locks the slot's row for the UPDATE and checks the condition again once
it holds the lock, so of two bookings of the last seat at the same moment one updates no row.
The CheckConstraint `slot_never_overbooked` refuses an overbooking from anywhere else.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from appointments.models import Booking, Slot, Status


class SlotTaken(Exception):
    message = _("This time has just been taken, or has passed. Choose another time.")


def take_seat(slot):
    taken = Slot.objects.filter(pk=slot.pk).open(timezone.now()).update(booked=F("booked") + 1)
    if not taken:
        raise SlotTaken


def give_back_seat(slot):
    Slot.objects.filter(pk=slot.pk, booked__gt=0).update(booked=F("booked") - 1)


@transaction.atomic
def book(slot, **fields):
    """A booking of a seat of `slot`; SlotTaken when none is left."""
    take_seat(slot)
    return Booking.objects.create(slot=slot, **fields)


@transaction.atomic
def cancel(booking):
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != Status.BOOKED:
        return booking
    booking.status = Status.CANCELLED
    booking.save(update_fields=["status"])
    give_back_seat(booking.slot)
    return booking


@transaction.atomic
def move(booking, slot):
    """The booking at `slot` instead: the new seat is taken and the old one given back together,
    or neither (SlotTaken)."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != Status.BOOKED or booking.slot_id == slot.pk:
        raise SlotTaken
    take_seat(slot)
    give_back_seat(booking.slot)
    booking.slot = slot
    booking.save(update_fields=["slot"])
    return booking


def mark(booking, status):
    """Attended or no-show, recorded by staff once the appointment has started. A worker who
    attended is invited to rate the service (clause 7.2), once."""
    from quality.invitations import invite

    if booking.status in (Status.BOOKED, Status.ATTENDED, Status.NO_SHOW):
        booking.status = status
        booking.save(update_fields=["status"])
        if status == Status.ATTENDED:
            invite(
                booking,
                booking.language,
                service_type=booking.service.name_zh,
                centre=booking.slot.centre,
            )
    return booking

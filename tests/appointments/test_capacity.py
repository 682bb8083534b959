"""The capacity rule (issue 7, clause 4.3.1(4)): a slot is never overbooked, neither one booking
after another nor when many people book the last seat at the same moment; the database itself
refuses an overbooking. Cancelling and moving give the seat back."""

import threading

import pytest
from django.db import IntegrityError, close_old_connections, connection, transaction

from appointments.models import Booking, Slot, Status
from appointments.seats import SlotTaken, book, cancel, move
from tests.appointments.conftest import PHONE


def booking_fields(service, n=0):
    return {"service": service, "name": f"卓玛{n}", "phone": f"1390000{7000 + n:04d}"}


def test_a_slot_takes_as_many_bookings_as_it_has_seats(make_slot, service):
    """4.3.1(4): a group session of three seats takes three bookings, not a fourth."""
    slot = make_slot(capacity=3)
    for n in range(3):
        book(slot, **booking_fields(service, n))
    with pytest.raises(SlotTaken):
        book(slot, **booking_fields(service, 3))
    slot.refresh_from_db()
    assert slot.booked == 3 and Booking.objects.count() == 3


def test_the_database_refuses_an_overbooking(make_slot):
    slot = make_slot(capacity=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Slot.objects.filter(pk=slot.pk).update(booked=2)


def test_a_slot_that_has_started_takes_no_booking(make_slot, service):
    slot = make_slot(days=-1)
    with pytest.raises(SlotTaken):
        book(slot, **booking_fields(service))
    assert not Booking.objects.exists()


def test_cancelling_gives_the_seat_back_once(make_slot, service):
    slot = make_slot(capacity=1)
    booking = book(slot, **booking_fields(service))
    cancel(booking)
    cancel(booking)
    slot.refresh_from_db()
    assert slot.booked == 0
    assert Booking.objects.get().status == Status.CANCELLED
    book(slot, **booking_fields(service, 1))


def test_moving_takes_the_new_seat_and_gives_the_old_one_back(make_slot, service):
    first, second, full = make_slot(hour=9), make_slot(hour=11), make_slot(hour=14)
    book(full, **booking_fields(service, 9))
    booking = book(first, **booking_fields(service))
    with pytest.raises(SlotTaken):
        move(booking, full)
    first.refresh_from_db()
    assert first.booked == 1  # nothing changed
    move(booking, second)
    first.refresh_from_db(), second.refresh_from_db()
    assert (first.booked, second.booked) == (0, 1)
    assert Booking.objects.get(pk=booking.pk).slot == second


def test_a_booking_links_to_the_worker_of_its_phone(make_slot, service, make_worker):
    worker = make_worker(phone=PHONE)
    booking = book(make_slot(), service=service, name="次仁", phone=PHONE)
    assert booking.worker == worker
    assert booking.phone_hash and PHONE not in booking.phone_hash


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks")
# It commits for real, and Django empties every table after it: it runs after every other test
# (tests/conftest.py).
@pytest.mark.django_db(transaction=True)
def test_many_people_booking_the_last_seats_at_once_never_overbook(make_slot, service):
    """Issue 7: proven on PostgreSQL with real threads: of 12 people booking a slot of 3 seats
    at the same moment, exactly 3 succeed."""
    slot = make_slot(capacity=3)
    start = threading.Barrier(12)
    outcomes = []

    def attempt(n):
        try:
            start.wait()
            book(slot, **booking_fields(service, n))
            outcomes.append("booked")
        except SlotTaken:
            outcomes.append("full")
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    slot.refresh_from_db()
    assert outcomes.count("booked") == 3 and outcomes.count("full") == 9
    assert slot.booked == 3 and Booking.objects.filter(slot=slot).count() == 3

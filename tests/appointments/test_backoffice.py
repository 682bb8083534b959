"""Appointments in the staff admin (clauses 4.3.1(4), 5.2; issue 7): the day's list per centre
and counsellor, booking on behalf of a caller under the same capacity rule, recording attended
and no-show, the worker found by phone or a link to start one; the worker's timeline."""

import pytest
from django.urls import reverse

from appointments.models import Booking, Status
from appointments.seats import book
from portal.notifications.backends import outbox
from tests.appointments.conftest import PHONE


@pytest.fixture(autouse=True)
def empty_outbox():
    outbox.clear()
    yield
    outbox.clear()


@pytest.fixture
def staff_client(client, tibetan_counsellor):
    client.force_login(tibetan_counsellor)
    return client


def test_the_day_list_filters_by_day_centre_and_counsellor(
    staff_client, make_slot, service, centre, tibetan_counsellor
):
    tomorrow = book(make_slot(days=1), service=service, name="明天的人", phone=PHONE)
    book(make_slot(days=2), service=service, name="后天的人", phone="13900007002")
    day = tomorrow.slot.starts_at.astimezone().date().isoformat()
    url = reverse("appointment_admin:index")
    page = staff_client.get(
        url, {"day": day, "centre": centre.pk, "counsellor": tibetan_counsellor.pk}
    ).content.decode()
    assert "明天的人" in page and "后天的人" not in page


def test_staff_book_for_a_caller_under_the_capacity_rule(staff_client, make_slot, service):
    """4.3.1(4): staff booking for a phone or walk-in caller takes a seat like the public form;
    a full slot is refused with a message, and nothing is saved."""
    slot = make_slot(capacity=1)
    data = {
        "service": service.pk,
        "slot": slot.pk,
        "name": "来电者",
        "phone": "139 0000 7003",
        "language": "bo",
        "channel": "in_person",
        "notes": "",
    }
    response = staff_client.post(reverse("appointment_admin:add"), data)
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.phone == "13900007003" and booking.booked_by is not None
    (message,) = outbox  # the confirmation, in Tibetan, with the Tibetan link
    assert (
        booking.shown_reference in message["text"] and "/bo/appointments/manage/" in message["text"]
    )
    slot.refresh_from_db()
    assert slot.booked == 1
    response = staff_client.post(reverse("appointment_admin:add"), {**data, "name": "第二位"})
    assert response.status_code == 200
    assert Booking.objects.count() == 1


def test_staff_record_attended_and_no_show(staff_client, make_slot, service):
    booking = book(make_slot(), service=service, name="次仁", phone=PHONE)
    inspect = staff_client.get(reverse("appointment_admin:inspect", args=(booking.pk,)))
    assert 'data-mark="attended"' in inspect.content.decode()
    assert reverse("workers:add") in inspect.content.decode()  # no worker has this phone
    staff_client.post(reverse("appointment_admin:mark", args=(booking.pk, "attended")))
    assert Booking.objects.get().status == Status.ATTENDED
    staff_client.post(reverse("appointment_admin:mark", args=(booking.pk, "no_show")))
    assert Booking.objects.get().status == Status.NO_SHOW


def test_only_staff_with_the_permission_record_attendance(client, make_slot, service, db):
    from django.contrib.auth.models import User

    booking = book(make_slot(), service=service, name="次仁", phone=PHONE)
    nobody = User.objects.create_user("visitor", password="correct-horse-battery")
    client.force_login(nobody)
    client.post(reverse("appointment_admin:mark", args=(booking.pk, "attended")))
    assert Booking.objects.get().status == Status.BOOKED


def test_the_appointment_is_on_the_workers_timeline(make_slot, service, make_worker):
    from workers.timeline import timeline

    worker = make_worker(phone=PHONE)
    booking = book(make_slot(), service=service, name="次仁", phone=PHONE)
    details = [entry.detail for entry in timeline(worker)]
    assert any(booking.shown_reference in detail for detail in details)


def test_supervisors_keep_slots_rooms_and_service_types(client, supervisor, make_slot):
    make_slot()
    client.force_login(supervisor)
    for name in ("appointment_slots", "appointment_rooms", "appointment_services"):
        for view in ("index", "add"):
            assert client.get(reverse(f"{name}:{view}")).status_code == 200, (name, view)
    page = client.get(reverse("appointment_services:index")).content.decode()
    for service in ["政策咨询", "求职指导", "培训指导", "能力评估", "特定群体指导", "创业指导"]:
        assert service in page  # the six services of clause 5.2


@pytest.mark.parametrize(
    "change",
    [{"phone": "12345"}, {"phone": "😀"}, {"name": ""}, {"name": "卓" * 61}, {"slot": "99999"}],
)
def test_a_bad_staff_booking_is_refused_and_nothing_saved(staff_client, make_slot, service, change):
    slot = make_slot()
    data = {
        "service": service.pk,
        "slot": slot.pk,
        "name": "来电者",
        "phone": "13900007003",
        "language": "zh-hans",
        "channel": "phone",
        "notes": "<script>alert(1)</script>",
        **change,
    }
    response = staff_client.post(reverse("appointment_admin:add"), data)
    assert response.status_code == 200 and "error-message" in response.content.decode()
    assert not Booking.objects.exists()
    slot.refresh_from_db()
    assert slot.booked == 0


def test_a_worker_who_attended_is_invited_once_to_rate_the_service(
    staff_client, make_slot, service
):
    """7.2: after an attended appointment the worker gets a survey link, in the booking's
    language, once; a no-show gets none."""
    from quality.models import Invitation

    attended = book(make_slot(), service=service, name="次仁", phone=PHONE, language="bo")
    missed = book(make_slot(hour=14), service=service, name="卓玛", phone="13900007004")
    outbox.clear()
    for _ in range(2):
        staff_client.post(reverse("appointment_admin:mark", args=(attended.pk, "attended")))
    staff_client.post(reverse("appointment_admin:mark", args=(missed.pk, "no_show")))

    (invitation,) = Invitation.objects.all()
    assert invitation.language == "bo" and invitation.service_type == service.name_zh
    (message,) = outbox
    assert message["phone"] == PHONE and "/bo/survey/" in message["text"]

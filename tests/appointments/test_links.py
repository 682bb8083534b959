"""Cancelling and moving a booking through its private link, and its calendar file (issue 7;
clause 4.3.1(4)). A tampered or expired link gets a clear page, never an error; cancelling
gives the seat back; moving takes the new seat and gives the old one back together."""

import datetime
import time

import pytest
from django.core import signing

from appointments import links
from appointments.calendar import escaped, folded, ics
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
def booking(make_slot, service):
    return book(make_slot(hour=10), service=service, name="次仁", phone=PHONE, language="bo")


def test_the_link_cancels_the_booking_and_frees_the_seat(client, site, booking):
    url = links.manage_url(booking)
    page = client.get(url).content.decode()
    assert booking.shown_reference in page and PHONE not in page
    response = client.post(f"{url}cancel/")
    assert response.status_code == 200
    booking.refresh_from_db(), booking.slot.refresh_from_db()
    assert booking.status == Status.CANCELLED and booking.slot.booked == 0
    assert "has been cancelled" not in outbox[-1]["text"]  # sent in Tibetan
    assert booking.shown_reference in outbox[-1]["text"]
    page = client.get(url).content.decode()
    assert 'action="' + url + 'cancel/"' not in page  # no longer changeable


def test_the_link_moves_the_booking_to_a_free_time(client, site, booking, make_slot):
    later = make_slot(hour=15)
    url = links.manage_url(booking)
    assert f'value="{later.pk}"' in client.get(url).content.decode()
    response = client.post(f"{url}move/", {"slot": later.pk})
    assert response.status_code == 200
    old = booking.slot
    booking.refresh_from_db(), old.refresh_from_db(), later.refresh_from_db()
    assert booking.slot == later and (old.booked, later.booked) == (0, 1)


def test_moving_to_a_full_or_unknown_time_is_refused_with_a_message(
    client, site, booking, make_slot, service
):
    full = make_slot(hour=16)
    book(full, service=service, name="别人", phone="13900007099")
    url = links.manage_url(booking)
    before = booking.slot_id
    taken = "གཞན་གྱིས་སྔོན་འཁེལ་བྱས་པའམ་འདས་ཟིན"  # the message, in Tibetan
    for value, message in [
        (full.pk, taken),
        ("99999", taken),
        ("<script>", taken),
        ("", "དུས་ཚོད་ཅིག་འདེམས་རོགས"),
    ]:
        response = client.post(f"/bo{url}move/", {"slot": value})
        assert response.status_code == 200
        assert message in response.content.decode()
    booking.refresh_from_db()
    assert booking.slot_id == before and booking.status == Status.BOOKED


@pytest.mark.parametrize("purpose", ["manage", "calendar"])
def test_a_tampered_link_gets_a_clear_page(client, site, booking, purpose):
    url = getattr(links, f"{purpose}_url")(booking)
    signed = url.rstrip("/").split("/")[-1]
    tampered = url.replace(signed, signed[:-2] + ("AA" if signed[-2:] != "AA" else "BB"))
    response = client.get(tampered)
    assert response.status_code == 404 and "链接无效" in response.content.decode()
    response = client.get("/bo" + tampered)
    assert "སྦྲེལ་ཐག་འདི་ནུས་མེད།" in response.content.decode()
    assert client.post(tampered.replace("/calendar/", "/manage/") + "cancel/").status_code == 404
    booking.refresh_from_db()
    assert booking.status == Status.BOOKED


def test_a_link_for_one_purpose_does_not_serve_another(client, site, booking):
    calendar_token = links.token(booking, "calendar")
    assert client.get(f"/appointments/manage/{calendar_token}/").status_code == 404


def test_an_expired_link_gets_a_clear_page(client, site, booking, monkeypatch):
    long_ago = time.time() - links.MAX_AGE - 60
    monkeypatch.setattr(signing.time, "time", lambda: long_ago)
    url = links.manage_url(booking)
    monkeypatch.undo()
    response = client.post(f"{url}cancel/")
    assert response.status_code == 404 and "已过期" in response.content.decode()
    assert Booking.objects.get().status == Status.BOOKED


def test_an_appointment_that_has_started_can_no_longer_be_changed(client, site, booking):
    slot = booking.slot
    slot.starts_at -= datetime.timedelta(days=2)
    slot.ends_at -= datetime.timedelta(days=2)
    slot.save()
    url = links.manage_url(booking)
    assert "这个预约已不能更改" in client.get(url).content.decode()
    client.post(f"{url}cancel/")
    assert Booking.objects.get().status == Status.BOOKED


def test_the_calendar_file_has_the_time_in_lhasa_and_escaped_texts(client, site, booking):
    response = client.get(links.calendar_url(booking))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == f'attachment; filename="{booking.reference}.ics"'
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    day = booking.slot.starts_at.astimezone(datetime.timezone(datetime.timedelta(hours=8)))
    assert f"DTSTART;TZID=Asia/Shanghai:{day:%Y%m%d}T100000\r\n" in body
    assert f"DTEND;TZID=Asia/Shanghai:{day:%Y%m%d}T104500\r\n" in body
    assert "TZID:Asia/Shanghai" in body and f"UID:{booking.reference}@" in body
    assert PHONE not in body and "次仁" not in body
    assert booking.service.name_bo in body.replace("\r\n ", "")  # in the booking's language
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_calendar_texts_are_escaped_and_folded_without_cutting_characters():
    assert escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "ཞབས་ཞུ།" * 20
    pieces = folded(line).split("\r\n ")
    assert "".join(pieces) == line
    assert all(len(piece.encode()) <= 75 for piece in pieces)


def test_a_cancelled_booking_is_a_cancelled_event(booking):
    booking.status = Status.CANCELLED
    assert "STATUS:CANCELLED" in ics(booking, "example.org")

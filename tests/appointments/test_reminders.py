"""The reminder the day before (issue 7): sent once to each booking of tomorrow, in the
booking's language; none to a cancelled booking or one of another day."""

import io

import pytest
from django.core.management import call_command

from appointments.seats import book, cancel
from portal.notifications.backends import outbox


@pytest.fixture(autouse=True)
def empty_outbox():
    outbox.clear()
    yield
    outbox.clear()


def remind():
    call_command("send_appointment_reminders", stdout=io.StringIO())


def test_each_booking_of_tomorrow_is_reminded_once_in_its_language(site, make_slot, service):
    tomorrow = book(
        make_slot(days=1), service=service, name="次仁", phone="13900007011", language="bo"
    )
    chinese = book(
        make_slot(days=1, hour=14),
        service=service,
        name="王芳",
        phone="13900007012",
        language="zh-hans",
    )
    book(make_slot(days=2), service=service, name="后天", phone="13900007013")
    cancel(book(make_slot(days=1, hour=16), service=service, name="取消", phone="13900007014"))
    remind()
    remind()
    assert sorted(message["phone"] for message in outbox) == ["13900007011", "13900007012"]
    by_phone = {message["phone"]: message["text"] for message in outbox}
    assert tomorrow.shown_reference in by_phone["13900007011"]
    assert "དྲན་སྐུལ" in by_phone["13900007011"]
    assert (
        by_phone["13900007012"].startswith("提醒")
        and chinese.shown_reference in by_phone["13900007012"]
    )

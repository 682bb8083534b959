"""Overdue is alerted (6.5.1): the daily command mails the responsible counsellor before a
follow-up is due and when it is overdue, once each; a failing channel loses no record."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from placements.models import Placement, Reminder
from portal.notifications import backends
from tests.placements.conftest import agrees_to_messages

pytestmark = pytest.mark.django_db

ATTEMPTS = []


class FailingMail:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        ATTEMPTS.append("mail")
        raise ConnectionError("mail provider down")


class FailingSms:
    def send(self, phone, text):
        ATTEMPTS.append("sms")
        raise ConnectionError("SMS provider down")


@pytest.fixture(autouse=True)
def no_waiting(settings):
    settings.NOTIFICATION_RETRY_DELAYS = (0, 0)
    ATTEMPTS.clear()


def remind():
    call_command("send_follow_up_reminders", stdout=io.StringIO())


def test_each_reminder_is_sent_once(make_worker, place, counsellor, today):
    """6.5.1: two days before the due date, then once overdue; never twice."""
    worker = make_worker(counsellor=counsellor)
    placement = place(worker, start=today - datetime.timedelta(days=13))  # due in 2 days
    remind()
    remind()
    [message] = mail.outbox
    assert message.to == ["dolma@example.com"]
    assert "次仁卓玛" in message.subject
    assert reverse("placements_follow_ups:edit", args=(placement.first_follow_up.pk,)) in (
        message.body
    )
    placement.follow_ups.filter(number=1).update(due_on=today - datetime.timedelta(days=1))
    remind()
    remind()
    assert len(mail.outbox) == 2
    assert "逾期" in mail.outbox[1].subject
    assert set(Reminder.objects.values_list("kind", flat=True)) == {"due_soon", "overdue"}


def test_no_reminder_far_from_the_due_date(make_worker, place, counsellor, today):
    place(make_worker(counsellor=counsellor), start=today)
    remind()
    assert mail.outbox == []


def test_the_recorder_is_reminded_when_the_worker_has_no_counsellor(
    make_worker, place, other_counsellor, today
):
    placement = place(make_worker(), start=today - datetime.timedelta(days=20))
    Placement.objects.filter(pk=placement.pk).update(recorded_by=other_counsellor)
    remind()
    assert [message.to for message in mail.outbox] == [["tashi@example.com"]]


def test_a_failing_mail_backend_is_retried_and_loses_nothing(
    settings, make_worker, place, counsellor, today
):
    settings.EMAIL_BACKEND = "tests.placements.test_reminders.FailingMail"
    place(make_worker(counsellor=counsellor), start=today - datetime.timedelta(days=20))
    remind()
    assert ATTEMPTS == ["mail"] * 3
    assert Placement.objects.count() == 1 and Reminder.objects.count() == 1


def test_a_failing_sms_backend_never_loses_the_placement(
    client, settings, counsellor, make_worker, township, today
):
    settings.SMS_BACKEND = "tests.placements.test_reminders.FailingSms"
    worker = agrees_to_messages(make_worker(counsellor=counsellor))
    client.force_login(counsellor)
    response = client.post(
        reverse("placements:add"),
        {
            "worker": worker.pk,
            "employer_name": "拉萨净土农业公司",
            "workplace": township.pk,
            "start_date": today.isoformat(),
        },
    )
    assert response.status_code == 302
    assert ATTEMPTS == ["sms"] * 3
    assert Placement.objects.get(worker=worker).follow_ups.count() == 4
    assert backends.outbox == []

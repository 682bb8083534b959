"""Deadlines of complaints (clause 7.3): the department is reminded before the answer is due,
and a complaint whose due date has passed is escalated to the supervisors; each once, however
often the daily command runs."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command

from complaints.models import Complaint
from complaints.transitions import perform
from portal.dates import lhasa_today

D = datetime.date


def run():
    call_command("remind_complaint_officers", stdout=io.StringIO())


@pytest.fixture
def with_addresses(officer, supervisor, category):
    officer.email, supervisor.email = "yangzom@example.com", "chief@example.com"
    officer.save()
    supervisor.save()
    category.department.email = "guidance@example.com"
    category.department.save()


@pytest.fixture
def accepted(make_complaint, officer):
    """An accepted complaint, due in `days` days from today (negative: overdue)."""

    def make(days):
        complaint = perform(make_complaint(), "accept", officer, today=D(2026, 9, 25))
        due = lhasa_today() + datetime.timedelta(days=days)
        Complaint.objects.filter(pk=complaint.pk).update(due_on=due)
        complaint.refresh_from_db()
        return complaint

    return make


def test_overdue_and_due_soon_are_queries_on_the_stored_due_date(make_complaint, officer):
    complaint = perform(make_complaint(), "accept", officer, today=D(2026, 9, 25))  # due 10-22
    assert list(Complaint.objects.due_soon(D(2026, 10, 20), 3)) == [complaint]
    assert not Complaint.objects.due_soon(D(2026, 10, 18), 3).exists()
    assert not Complaint.objects.overdue(D(2026, 10, 22)).exists()
    assert list(Complaint.objects.overdue(D(2026, 10, 23))) == [complaint]
    perform(complaint, "investigate", officer)
    perform(complaint, "answer", officer, "答复")
    assert not Complaint.objects.overdue(D(2026, 10, 23)).exists()


def test_the_department_is_reminded_once_before_the_due_date(accepted, with_addresses):
    complaint = accepted(days=2)
    run()
    run()
    (message,) = mail.outbox
    assert set(message.to) == {"yangzom@example.com", "guidance@example.com"}
    assert complaint.shown_reference in message.body
    assert complaint.due_on.isoformat() in message.body
    assert "13900009001" not in message.body and "次仁" not in message.body
    complaint.refresh_from_db()
    assert complaint.reminded_on == lhasa_today() and complaint.escalated_at is None


def test_no_reminder_far_from_the_due_date(settings, accepted, with_addresses):
    settings.COMPLAINT_REMINDER_DAYS = 3
    accepted(days=4)
    run()
    assert mail.outbox == []


def test_an_overdue_complaint_is_escalated_to_the_supervisors_once(accepted, with_addresses):
    complaint = accepted(days=-1)
    run()
    run()
    (message,) = mail.outbox
    assert message.to == ["chief@example.com"]
    assert complaint.shown_reference in message.body and "逾期" in message.subject
    complaint.refresh_from_db()
    assert complaint.escalated_at is not None


def test_an_answered_complaint_is_neither_reminded_nor_escalated(accepted, officer, with_addresses):
    complaint = accepted(days=-1)
    perform(complaint, "investigate", officer)
    perform(complaint, "answer", officer, "答复")
    run()
    assert mail.outbox == []

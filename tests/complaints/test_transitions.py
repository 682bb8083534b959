"""The handling of a complaint (clause 7.3): received → accepted (or not accepted, with the
reason) → investigating → answered → closed; the answer is due 15 working days after
acceptance, computed once by portal.workdays, and acceptance is refused while the holiday
schedule of the year it needs is missing."""

import datetime

import pytest

from complaints.models import Complaint, Status, StatusChange
from complaints.transitions import STEPS, Refused, perform
from portal.models import HolidaySchedule
from portal.notifications.backends import outbox

D = datetime.date
ORDER = ["accept", "investigate", "answer", "close"]
NOTES = {"answer": "已向当事工作人员提出批评，并当面致歉。"}


@pytest.fixture(autouse=True)
def empty_outbox():
    outbox.clear()
    yield
    outbox.clear()


ACCEPTED_ON = D(2026, 9, 25)


def taken(complaint, officer, steps, today=ACCEPTED_ON):
    for step in steps:
        complaint = perform(complaint, step, officer, NOTES.get(step, ""), today=today)
    return complaint


def test_accepting_on_2026_09_25_makes_the_answer_due_on_2026_10_22(make_complaint, officer):
    """7.3: 15 working days, skipping Mid-Autumn and National Day, counting make-up days."""
    complaint = perform(make_complaint(), "accept", officer, today=D(2026, 9, 25))
    complaint.refresh_from_db()
    assert complaint.status == Status.ACCEPTED
    assert (complaint.accepted_on, complaint.due_on) == (D(2026, 9, 25), D(2026, 10, 22))


def test_the_due_date_is_computed_once_and_kept(make_complaint, officer):
    """7.3: a schedule entered later does not move a deadline already given."""
    complaint = taken(make_complaint(), officer, ["accept", "investigate"])
    HolidaySchedule.objects.filter(year=2026).update(source="changed")
    complaint = perform(complaint, "answer", officer, "答复", today=D(2026, 10, 20))
    assert complaint.due_on == D(2026, 10, 22)


def test_accepting_on_2026_12_31_without_the_2027_schedule_is_refused(make_complaint, officer):
    """7.3: the system says the 2027 schedule is missing rather than guessing; nothing
    changes."""
    complaint = make_complaint()
    with pytest.raises(Refused) as refused:
        perform(complaint, "accept", officer, today=D(2026, 12, 31))
    assert "2027" in refused.value.message
    complaint.refresh_from_db()
    assert (complaint.status, complaint.accepted_on, complaint.due_on) == (
        Status.RECEIVED,
        None,
        None,
    )
    assert not StatusChange.objects.exists()

    HolidaySchedule.objects.create(year=2027, source="国办发明电", checked_on=D(2026, 12, 1))
    complaint = perform(complaint, "accept", officer, today=D(2026, 12, 31))
    assert complaint.due_on == D(2027, 1, 22)


def test_the_whole_way_is_recorded_step_by_step(make_complaint, officer):
    complaint = taken(make_complaint(), officer, ORDER)
    assert complaint.status == Status.CLOSED
    assert complaint.answer == NOTES["answer"]
    assert (complaint.answered_on, complaint.answered_by) == (D(2026, 9, 25), officer)
    history = list(complaint.changes.values_list("from_status", "to_status", "by"))
    assert history == [
        ("received", "accepted", officer.pk),
        ("accepted", "investigating", officer.pk),
        ("investigating", "answered", officer.pk),
        ("answered", "closed", officer.pk),
    ]


ALLOWED = {
    Status.RECEIVED: {"accept", "reject"},
    Status.ACCEPTED: {"investigate"},
    Status.INVESTIGATING: {"answer"},
    Status.ANSWERED: {"close"},
    Status.REJECTED: set(),
    Status.CLOSED: set(),
}
REACHED_BY = {
    Status.RECEIVED: [],
    Status.ACCEPTED: ["accept"],
    Status.INVESTIGATING: ["accept", "investigate"],
    Status.ANSWERED: ["accept", "investigate", "answer"],
    Status.CLOSED: ORDER,
}


def reach(status, complaint, officer):
    if status == Status.REJECTED:
        return perform(complaint, "reject", officer, "不属于本机构受理范围。")
    return taken(complaint, officer, REACHED_BY[status])


@pytest.mark.parametrize("status", list(ALLOWED))
@pytest.mark.parametrize("step", list(STEPS))
def test_every_step_is_allowed_only_from_its_status(make_complaint, officer, status, step):
    """7.3: each status allows exactly its next steps; any other is refused and changes
    nothing."""
    complaint = reach(status, make_complaint(), officer)
    changes = complaint.changes.count()
    note = "说明" if STEPS[step].needs_note else ""
    if step in ALLOWED[status]:
        assert perform(complaint, step, officer, note, today=D(2026, 9, 28)).status == (
            STEPS[step].target
        )
    else:
        with pytest.raises(Refused):
            perform(complaint, step, officer, note, today=D(2026, 9, 28))
        complaint.refresh_from_db()
        assert complaint.status == status
        assert complaint.changes.count() == changes


@pytest.mark.parametrize("note", ["", "   \n "])
def test_not_accepting_needs_a_reason(make_complaint, officer, note):
    complaint = make_complaint()
    with pytest.raises(Refused) as refused:
        perform(complaint, "reject", officer, note)
    assert "原因" in refused.value.message
    assert Complaint.objects.get(pk=complaint.pk).status == Status.RECEIVED


def test_answering_needs_the_answer(make_complaint, officer):
    complaint = taken(make_complaint(), officer, ["accept", "investigate"])
    with pytest.raises(Refused):
        perform(complaint, "answer", officer, " ")
    complaint.refresh_from_db()
    assert (complaint.status, complaint.answer) == (Status.INVESTIGATING, "")


def test_an_unknown_step_is_refused(make_complaint, officer):
    with pytest.raises(Refused):
        perform(make_complaint(), "delete", officer)


def test_the_answer_is_sent_by_sms_in_the_complaints_language(
    make_complaint, officer, django_capture_on_commit_callbacks
):
    """7.3: the answer is recorded and sent, once the step is saved; in Tibetan to a
    complaint made in Tibetan."""
    with django_capture_on_commit_callbacks(execute=True):
        taken(make_complaint(language="bo"), officer, ["accept", "investigate", "answer"])
    texts = [message["text"] for message in outbox]
    assert len(texts) == 2  # accepted (with the due date), answered
    assert "2026-10-22" in texts[0]
    assert NOTES["answer"] in texts[1]
    assert all("སྐྱོན་བརྗོད" in text for text in texts)
    assert {message["phone"] for message in outbox} == {"13900009001"}


def test_a_reason_for_not_accepting_is_sent_in_chinese(
    make_complaint, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        perform(make_complaint(), "reject", officer, "不属于本机构受理范围。")
    (message,) = outbox
    assert "不属于本机构受理范围。" in message["text"]
    assert "投诉" in message["text"]

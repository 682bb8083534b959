"""The handling of a complaint, step by step (clause 7.3): the one place that changes its status.

    received → accepted → investigating → answered → closed
    received → not accepted (with the reason)

Accepting starts the clock: the answer is due 15 working days later (portal.workdays), computed
here once and stored. When that count needs a year whose holiday schedule staff have not
entered, acceptance is refused with that message and nothing changes. Each step is written to
the complaint's history; the steps the complainant must hear of are sent by SMS.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints import notices
from complaints.models import Complaint, Status, StatusChange
from portal.dates import lhasa_today
from portal.workdays import ScheduleMissing, add_working_days

WORKING_DAYS_TO_ANSWER = 15


class Refused(Exception):
    """A step that the rules do not allow; its message says why, for the member of staff."""

    def __init__(self, message):
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    sources: tuple
    target: str
    needs_note: bool = False
    note_label: str = ""


STEPS = {
    step.name: step
    for step in [
        Step("accept", _("Accept the complaint"), (Status.RECEIVED,), Status.ACCEPTED),
        Step(
            "reject",
            _("Do not accept"),
            (Status.RECEIVED,),
            Status.REJECTED,
            needs_note=True,
            note_label=_("Reason for not accepting (the complainant reads it)"),
        ),
        Step("investigate", _("Start the investigation"), (Status.ACCEPTED,), Status.INVESTIGATING),
        Step(
            "answer",
            _("Record and send the answer"),
            (Status.INVESTIGATING,),
            Status.ANSWERED,
            needs_note=True,
            note_label=_("Answer (sent to the complainant by SMS)"),
        ),
        Step("close", _("Close the complaint"), (Status.ANSWERED,), Status.CLOSED),
    ]
}

MISSING_NOTE = {
    "reject": _("Give the reason for not accepting the complaint."),
    "answer": _("Write the answer to the complainant."),
}


def allowed_steps(complaint):
    return [step for step in STEPS.values() if complaint.status in step.sources]


def perform(complaint, name, by, note="", today=None, notify=True):
    """Take step `name` on `complaint` as user `by`; Refused when the rules do not allow it.
    The complainant is told once the step is saved, unless `notify` is false (demo content)."""
    step = STEPS.get(name)
    if step is None:
        raise Refused(_("There is no such step."))
    note = (note or "").strip()
    today = today or lhasa_today()
    with transaction.atomic():
        # Locked, so that two officers pressing the same button do not both take the step.
        current = Complaint.objects.select_for_update().get(pk=complaint.pk)
        if current.status not in step.sources:
            raise Refused(
                _("A complaint that is “%(status)s” cannot take the step “%(step)s”.")
                % {"status": current.get_status_display(), "step": step.label}
            )
        if step.needs_note and not note:
            raise Refused(MISSING_NOTE[name])
        if name == "accept":
            try:
                current.due_on = add_working_days(today, WORKING_DAYS_TO_ANSWER)
            except ScheduleMissing as missing:
                raise Refused(str(missing)) from missing
            current.accepted_on = today
        elif name == "reject":
            current.rejection_reason = note
        elif name == "answer":
            current.answer, current.answered_on, current.answered_by = note, today, by
        previous = current.status
        current.status = step.target
        current.save()
        StatusChange.objects.create(
            complaint=current,
            from_status=previous,
            to_status=step.target,
            at=timezone.now(),
            by=by,
            note=note,
        )
        if notify:
            transaction.on_commit(lambda: notices.tell_complainant(current, name))
    return current

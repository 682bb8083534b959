"""What placements tell people: the worker, when a placement is recorded; the responsible
counsellor, before a follow-up is due and when it is overdue (management command
send_follow_up_reminders)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from placements.choices import ReminderKind
from portal.notifications import send_mail, text_worker
from workers.choices import ConsentPurpose


def may_text(worker):
    """The worker agreed to receive messages by SMS and has not withdrawn it."""
    return worker.consents.filter(
        purpose=ConsentPurpose.MESSAGES, withdrawn_on__isnull=True
    ).exists()


def placement_text(placement, first_due):
    return _(
        "Congratulations on your new job at %(employer)s. Your career guidance counsellor "
        "will contact you by %(date)s to ask how it is going."
    ) % {"employer": placement.employer_name, "date": first_due.strftime("%Y-%m-%d")}


def tell_worker(placement):
    """An SMS to the worker, in the worker's language, with the first follow-up's date."""
    if may_text(placement.worker):
        first_due = placement.first_follow_up.due_on
        text_worker(placement.worker, lambda: placement_text(placement, first_due))


def reminder_mail(follow_up, kind):
    """(subject, body) of a reminder to the responsible counsellor, in the staff language."""
    placement = follow_up.placement
    values = {
        "number": follow_up.number,
        "worker": placement.worker.name,
        "employer": placement.employer_name,
        "due": follow_up.due_on.strftime("%Y-%m-%d"),
        "url": settings.WAGTAILADMIN_BASE_URL
        + reverse("placements_follow_ups:edit", args=(follow_up.pk,)),
    }
    with translation.override(settings.LANGUAGE_CODE):
        if kind == ReminderKind.OVERDUE:
            subject = _("Overdue follow-up: %(worker)s") % values
            lead = _("Follow-up %(number)s of %(worker)s at %(employer)s was due on %(due)s.")
        else:
            subject = _("Follow-up due on %(due)s: %(worker)s") % values
            lead = _("Follow-up %(number)s of %(worker)s at %(employer)s is due on %(due)s.")
        body = "\n\n".join([lead % values, _("Record it here: %(url)s") % values])
    return subject, body


def remind(follow_up, kind):
    """Mail the reminder to whoever is responsible; False when nobody has an address.
    (Staff records keep no phone number, so staff are reminded by mail only.)"""
    responsible = follow_up.responsible
    if responsible is None or not responsible.email:
        return False
    send_mail(*reminder_mail(follow_up, kind), [responsible.email])
    return True

"""What the complainant and staff are told about a complaint (clause 7.3).

The complainant gets a text message in the complaint's language when it is accepted (with the
due date), not accepted (with the reason) and answered (with the answer). Staff get mail in
Chinese, the language of the staff admin: officers before the due date, supervisors once it has
passed. Messages never carry the complainant's phone or name.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.notifications import send_mail, send_sms
from quality.invitations import invite
from staff.roles import SUPERVISORS

STAFF_LANGUAGE = "zh-hans"


def sms_text(complaint, step):
    reference = complaint.shown_reference
    if step == "accept":
        return _(
            "Your complaint %(reference)s has been accepted. You will have our answer by "
            "%(due)s at the latest."
        ) % {"reference": reference, "due": complaint.due_on.isoformat()}
    if step == "reject":
        return _("Your complaint %(reference)s could not be accepted: %(reason)s") % {
            "reference": reference,
            "reason": complaint.rejection_reason,
        }
    if step == "answer":
        return _("Our answer to your complaint %(reference)s: %(answer)s") % {
            "reference": reference,
            "answer": complaint.answer,
        }
    return ""


def tell_complainant(complaint, step):
    if step == "close":
        # The complainant is asked to rate how the complaint was handled (clause 7.2).
        invite(complaint, complaint.language)
        return
    with translation.override(complaint.language):
        text = sms_text(complaint, step)
    if text:
        send_sms(complaint.phone, text)


def admin_link(complaint):
    return settings.WAGTAILADMIN_BASE_URL + reverse("complaint_admin:inspect", args=(complaint.pk,))


def department_addresses(department):
    addresses = {user.email for user in department.members.filter(is_active=True) if user.email}
    if department.email:
        addresses.add(department.email)
    return sorted(addresses)


def supervisor_addresses():
    supervisors = get_user_model().objects.filter(groups__name=SUPERVISORS, is_active=True)
    return sorted({user.email for user in supervisors if user.email})


def remind_department(department, complaints):
    """Mail a department's officers the complaints whose answer is due soon."""
    recipients = department_addresses(department)
    if not recipients:
        return False
    with translation.override(STAFF_LANGUAGE):
        subject = _("Complaints to answer soon: %(count)d") % {"count": len(complaints)}
        lines = [
            _("%(reference)s (%(category)s): answer due on %(due)s — %(link)s")
            % {
                "reference": complaint.shown_reference,
                "category": complaint.category.name,
                "due": complaint.due_on.isoformat(),
                "link": admin_link(complaint),
            }
            for complaint in complaints
        ]
    send_mail(subject, "\n".join(lines), recipients)
    return True


def escalate(complaints):
    """Mail the supervisors the complaints whose due date has passed without an answer."""
    recipients = supervisor_addresses()
    if not recipients:
        return False
    with translation.override(STAFF_LANGUAGE):
        subject = _("Overdue complaints: %(count)d") % {"count": len(complaints)}
        lines = [
            _("%(reference)s (%(department)s): answer was due on %(due)s — %(link)s")
            % {
                "reference": complaint.shown_reference,
                "department": complaint.department.name,
                "due": complaint.due_on.isoformat(),
                "link": admin_link(complaint),
            }
            for complaint in complaints
        ]
    send_mail(subject, "\n".join(lines), recipients)
    return True

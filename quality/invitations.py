"""Inviting a worker to rate a finished service (clause 7.2), and the signed link that opens the
survey.

`invite(service, language)` is called when a service ends (a complaint is closed, an appointment
attended): it makes the service's one invitation and texts the link in the worker's language.
The link carries only the invitation's number, signed with its own salt and dated: a changed
link is refused, and after SURVEY_DAYS days it is expired.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.notifications import send_sms
from quality.models import Invitation, Response, ServiceKind, survey_days

SALT = "quality.survey-link"
STAFF_LANGUAGE = "zh-hans"
KINDS = {"appointments": ServiceKind.APPOINTMENT, "complaints": ServiceKind.COMPLAINT}


class LinkInvalid(Exception):
    """The link was changed or never made here."""


class LinkExpired(Exception):
    """The link is older than SURVEY_DAYS days."""


def token_for(invitation):
    return signing.dumps(invitation.pk, salt=SALT)


def invitation_for(token):
    """The invitation of a link's token: LinkInvalid or LinkExpired otherwise."""
    max_age = datetime.timedelta(days=survey_days())
    try:
        pk = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
    except signing.BadSignature as bad:
        raise LinkInvalid from bad
    invitation = Invitation.objects.filter(pk=pk).first()
    if invitation is None:
        raise LinkInvalid
    if invitation.is_expired():
        raise LinkExpired
    return invitation


def survey_url(invitation):
    with translation.override(invitation.language):
        path = reverse("quality:survey", args=(token_for(invitation),))
    return settings.WAGTAILADMIN_BASE_URL + path


def kind_of(service):
    return KINDS.get(service._meta.app_label, ServiceKind.OTHER)


def default_service_type(kind):
    """The kind's name in Chinese, the language of the staff report."""
    with translation.override(STAFF_LANGUAGE):
        return str(ServiceKind(kind).label)


def invite(service, language, phone=None, service_type="", centre=None):
    """The survey invitation for `service`, made and texted to `phone` (the service's own
    `phone` by default) the first time; a service already invited is not invited again."""
    kind = kind_of(service)
    service_type = service_type or default_service_type(kind)
    existing = Invitation.objects.for_service(service).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            invitation = Invitation.objects.create(
                service=service,
                service_kind=kind,
                service_type=service_type,
                centre=centre,
                language=language,
            )
    except IntegrityError:  # invited at the same moment by another request
        return Invitation.objects.for_service(service).get()
    phone = phone or getattr(service, "phone", "")
    if phone:
        with translation.override(language):
            text = _(
                "Thank you for using our service. Please tell us how we did (2 minutes): "
                "%(link)s The link is open until %(until)s."
            ) % {"link": survey_url(invitation), "until": invitation.expires_at.date().isoformat()}
        send_sms(phone, text)
    return invitation


class AlreadyAnswered(Exception):
    """The service has its answer: a second one is not taken."""


def record_answer(invitation, scores, comment=""):
    """Store the one answer to `invitation`; AlreadyAnswered when it has one."""
    with transaction.atomic():
        # Locked, so that two submissions at the same moment cannot both be stored.
        current = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if current.answered_at is not None:
            raise AlreadyAnswered
        response = Response.objects.create(invitation=current, comment=comment.strip(), **scores)
        current.answered_at = response.submitted_at
        current.save(update_fields=["answered_at"])
    return response

"""Two-factor sign-in for staff who can open workers' records (PIPL art. 51): after the
password, a code from an authenticator app (TOTP, RFC 6238), once per session.

A code is accepted one step (30 s) early or late, for clocks that drift, and only once: the
step of the last accepted code is kept and a code of that step or an earlier one is refused.
After STAFF_TWO_FACTOR_FAILURE_LIMIT wrong codes in a row the account's codes are refused for
AXES_COOLOFF_TIME hours, as django-axes does for passwords.
"""

import datetime
import enum
import hmac

import pyotp
import segno
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from staff.models import Authenticator

SESSION_KEY = "two_factor_verified"
ARCHIVE_PERMISSION = "workers.view_worker"


class Outcome(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"


def required_for(user):
    """Staff who can open workers' records, and superusers, who can open everything."""
    return (
        settings.STAFF_TWO_FACTOR_REQUIRED
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm(ARCHIVE_PERMISSION))
    )


def is_verified(request):
    return request.session.get(SESSION_KEY) == request.user.pk


def mark_verified(request):
    request.session[SESSION_KEY] = request.user.pk


def enrolled(user):
    return Authenticator.objects.filter(user=user, confirmed_at__isnull=False).exists()


def pending_authenticator(user):
    """The authenticator being enrolled: a new secret until a code confirms it."""
    authenticator, _ = Authenticator.objects.get_or_create(
        user=user, defaults={"secret": pyotp.random_base32()}
    )
    return authenticator


def provisioning_uri(authenticator):
    return pyotp.TOTP(authenticator.secret).provisioning_uri(
        name=authenticator.user.get_username(), issuer_name=settings.WAGTAIL_SITE_NAME
    )


def qr_code_svg(authenticator):
    """The enrolment QR code as inline SVG: nothing is fetched from another host."""
    return segno.make(provisioning_uri(authenticator), error="m").svg_inline(scale=5, border=2)


def check_code(authenticator, code, now=None):
    """Accepts a current, unused code; counts a wrong one towards the lock."""
    now = now or timezone.now()
    if authenticator.locked_until and authenticator.locked_until > now:
        return Outcome.LOCKED
    code = "".join(code.split())
    totp = pyotp.TOTP(authenticator.secret)
    current = totp.timecode(now)
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            # Conditional, so that two requests with one code cannot both succeed.
            used = Authenticator.objects.filter(pk=authenticator.pk, last_step__lt=step).update(
                last_step=step, failures=0, locked_until=None
            )
            if used:
                return Outcome.ACCEPTED
    authenticator.failures += 1
    if authenticator.failures >= settings.STAFF_TWO_FACTOR_FAILURE_LIMIT:
        authenticator.failures = 0
        authenticator.locked_until = now + datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)
    authenticator.save(update_fields=["failures", "locked_until"])
    locked = authenticator.locked_until is not None and authenticator.locked_until > now
    return Outcome.LOCKED if locked else Outcome.WRONG


class TwoFactorMiddleware:
    """Sends staff who need a second factor to enrol or verify before any other admin page."""

    OPEN_URL_NAMES = [
        "staff_two_factor:enrol",
        "staff_two_factor:verify",
        "wagtailadmin_logout",
        "wagtailadmin_login",
        # What every admin page loads, the enrolment page too: the icons and the
        # translations of the admin's scripts. They hold no one's data.
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",
    ]

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(reverse("wagtailadmin_home"))
            and request.path not in {reverse(name) for name in self.OPEN_URL_NAMES}
            and required_for(request.user)
            and not is_verified(request)
        ):
            step = "verify" if enrolled(request.user) else "enrol"
            target = reverse(f"staff_two_factor:{step}")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

"""Two-factor sign-in for staff who can open workers' records (PIPL art. 51): an authenticator
is enrolled with a QR code and confirmed with a code; afterwards a current code is asked once
per session before any admin page; wrong, expired and replayed codes are refused and too many
wrong codes lock the sign-in for a while."""

import datetime

import pyotp
import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEntry
from staff.models import Authenticator
from staff.roles import JOB_REVIEWERS
from tests.workers.conftest import member_of

pytestmark = pytest.mark.django_db

ENROL = reverse("staff_two_factor:enrol")
VERIFY = reverse("staff_two_factor:verify")
HOME = reverse("wagtailadmin_home")
WORKERS = reverse("workers:index")


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def current_code(user, offset=0):
    totp = pyotp.TOTP(Authenticator.objects.get(user=user).secret)
    return totp.generate_otp(totp.timecode(timezone.now()) + offset)


def wrong_code(user):
    """Six digits that no step of the accepted window gives."""
    window = {current_code(user, offset) for offset in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in window)


def enrol(client, user):
    client.force_login(user)
    client.get(ENROL)
    return client.post(ENROL, {"code": current_code(user)})


def test_staff_with_archive_permissions_must_enrol_first(client, counsellor):
    client.force_login(counsellor)
    response = client.get(WORKERS)
    assert response.status_code == 302
    assert response["Location"] == f"{ENROL}?next=%2Fadmin%2Fworkers%2F"


def test_enrolment_shows_a_qr_code_and_the_secret_and_keeps_the_secret_sealed(client, counsellor):
    client.force_login(counsellor)
    response = client.get(ENROL)
    content = response.content.decode()
    authenticator = Authenticator.objects.get(user=counsellor)
    assert "<svg" in content and authenticator.secret in content
    assert "http" not in content.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )  # nothing fetched from elsewhere
    with connection.cursor() as cursor:
        cursor.execute("SELECT secret FROM staff_authenticator")
        (stored,) = cursor.fetchone()
    assert authenticator.secret not in stored
    assert authenticator.confirmed_at is None


def test_a_wrong_code_does_not_enrol(client, counsellor):
    client.force_login(counsellor)
    client.get(ENROL)
    response = client.post(ENROL, {"code": wrong_code(counsellor)})
    assert response.status_code == 200
    assert "验证码" in response.content.decode() or response.context["form"].errors
    assert Authenticator.objects.get(user=counsellor).confirmed_at is None
    assert client.get(WORKERS)["Location"].startswith(ENROL)


def test_a_current_code_enrols_and_opens_the_admin(client, counsellor):
    client.force_login(counsellor)
    client.get(f"{ENROL}?next={WORKERS}")
    response = client.post(f"{ENROL}?next={WORKERS}", {"code": current_code(counsellor)})
    assert response.status_code == 302 and response["Location"] == WORKERS
    assert Authenticator.objects.get(user=counsellor).confirmed_at is not None
    assert client.get(WORKERS).status_code == 200


def test_a_code_is_asked_again_in_each_new_session(client, counsellor):
    enrol(client, counsellor)
    client.logout()
    client.force_login(counsellor)
    response = client.get(WORKERS)
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fworkers%2F"
    assert client.get(ENROL)["Location"].startswith(VERIFY)  # enrolled once only


def test_a_used_code_cannot_be_replayed(client, counsellor):
    enrol(client, counsellor)
    used = current_code(counsellor)
    client.logout()
    client.force_login(counsellor)
    response = client.post(VERIFY, {"code": used})
    assert response.status_code == 200 and response.context["form"].errors
    assert client.get(WORKERS).status_code == 302


def test_a_code_one_step_late_is_accepted_and_two_steps_refused(client, counsellor):
    enrol(client, counsellor)
    client.logout()
    client.force_login(counsellor)
    assert client.post(VERIFY, {"code": current_code(counsellor, -2)}).status_code == 200
    # One step ahead was not used at enrolment (which used the current step).
    assert client.post(VERIFY, {"code": current_code(counsellor, 1)}).status_code == 302
    assert client.get(WORKERS).status_code == 200


def test_too_many_wrong_codes_lock_the_sign_in(client, counsellor, settings):
    enrol(client, counsellor)
    client.logout()
    client.force_login(counsellor)
    for _attempt in range(settings.STAFF_TWO_FACTOR_FAILURE_LIMIT):
        client.post(VERIFY, {"code": wrong_code(counsellor)})
    authenticator = Authenticator.objects.get(user=counsellor)
    assert authenticator.locked_until > timezone.now() + datetime.timedelta(minutes=30)
    response = client.post(VERIFY, {"code": current_code(counsellor, 1)})
    assert response.status_code == 200
    assert "Try again after" in str(response.context["form"].errors) or "再试" in str(
        response.context["form"].errors
    )
    assert client.get(WORKERS).status_code == 302


def test_staff_without_archive_permissions_are_not_asked(client):
    reviewer = member_of(JOB_REVIEWERS, "reviewer")
    client.force_login(reviewer)
    assert client.get(HOME).status_code == 200


def test_superusers_are_asked(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.com", "pw-long-enough")
    client.force_login(admin)
    assert client.get(HOME)["Location"].startswith(ENROL)


def test_the_setting_turns_it_off(client, counsellor, settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = False
    client.force_login(counsellor)
    assert client.get(WORKERS).status_code == 200


def test_a_supervisor_resets_a_lost_authenticator_and_it_is_logged(client, counsellor, supervisor):
    enrol(client, counsellor)
    authenticator = Authenticator.objects.get(user=counsellor)
    client.logout()
    enrol(client, supervisor)
    listing = client.get(reverse("authenticators:index"))
    assert listing.status_code == 200 and "dolma" in listing.content.decode()
    response = client.post(reverse("authenticators:delete", args=(authenticator.pk,)))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=counsellor).exists()
    entry = AuditEntry.objects.get(action="2fa_reset")
    assert entry.user == supervisor and entry.object_repr == "dolma"


def test_a_counsellor_cannot_reset_anyone(client, counsellor, supervisor):
    enrol(client, supervisor)
    theirs = Authenticator.objects.get(user=supervisor)
    client.logout()
    enrol(client, counsellor)
    response = client.post(reverse("authenticators:delete", args=(theirs.pk,)))
    assert response.status_code == 302 and response["Location"] == HOME
    assert Authenticator.objects.filter(pk=theirs.pk).exists()


def test_the_admins_icons_and_script_translations_load_before_the_second_factor(client, counsellor):
    """The enrolment page itself loads them: sent to enrol instead, the page showed itself
    again in place of its icons."""
    client.force_login(counsellor)
    for name in ("wagtailadmin_sprite", "wagtailadmin_javascript_catalog"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert b"two-factor" not in response.content

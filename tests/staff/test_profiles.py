"""Staff profiles (clause 4.2: qualification certificates, education, policy knowledge, the
annual mental-health check, Chinese and Tibetan): what falls due and when, the daily reminders,
the dashboard panel, who may edit which profile, and input refused."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from portal.dates import lhasa_today
from staff.models import Qualification, StaffProfile, StaffReminder
from staff.profiles import Stage, due_items
from staff.reminders import remind_all
from staff.roles import COUNSELLORS
from tests.workers.conftest import member_of

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
HOME = reverse("wagtailadmin_home")
MY_PROFILE = reverse("staff_my_profile")


@pytest.fixture
def other_counsellor(db):
    return member_of(COUNSELLORS, "tashi")


@pytest.fixture
def today():
    return lhasa_today()


def profile_of(user, checked_days_ago=100, **fields):
    checked_on = None if checked_days_ago is None else lhasa_today() - checked_days_ago * DAY
    return StaffProfile.objects.create(user=user, mental_health_checked_on=checked_on, **fields)


def qualification(profile, expires_on, name="职业指导师"):
    return Qualification.objects.create(
        profile=profile, name=name, issued_on=datetime.date(2020, 1, 1), expires_on=expires_on
    )


def due(profile, today):
    return [
        (
            item.qualification.name if item.qualification else "mental-health check",
            item.due_on,
            item.stage,
        )
        for item in due_items(StaffProfile.objects.filter(pk=profile.pk), today)
    ]


# What falls due (4.2)


@pytest.mark.parametrize(
    "days_to_expiry, stage",
    [(31, None), (30, Stage.SOON), (0, Stage.SOON), (-1, Stage.PAST)],
)
def test_a_qualification_is_due_30_days_before_expiry_and_past_the_day_after(
    counsellor, today, days_to_expiry, stage
):
    """4.2: certificates are kept valid; reminders start STAFF_REMINDER_DAYS (30) days ahead."""
    profile = profile_of(counsellor)
    expires_on = today + days_to_expiry * DAY
    qualification(profile, expires_on)
    expected = [] if stage is None else [("职业指导师", expires_on, stage)]
    assert due(profile, today) == expected


def test_a_qualification_without_expiry_is_never_due(counsellor, today):
    """4.2"""
    profile = profile_of(counsellor)
    qualification(profile, None)
    assert due(profile, today) == []


@pytest.mark.parametrize(
    "checked_days_ago, stage, due_in_days",
    [
        (334, None, None),
        (335, Stage.SOON, 30),
        (365, Stage.SOON, 0),
        (366, Stage.PAST, -1),
    ],
)
def test_the_mental_health_check_is_due_a_year_after_the_last(
    counsellor, today, checked_days_ago, stage, due_in_days
):
    """4.2: an annual mental-health check; due 365 days after the last, overdue after that."""
    profile = profile_of(counsellor, checked_days_ago)
    expected = [] if stage is None else [("mental-health check", today + due_in_days * DAY, stage)]
    assert due(profile, today) == expected


def test_a_check_never_recorded_is_due_without_a_date(counsellor, today):
    """4.2"""
    profile = profile_of(counsellor, checked_days_ago=None)
    assert due(profile, today) == [("mental-health check", None, Stage.PAST)]


def test_the_reminder_days_are_a_setting(counsellor, today, settings):
    """4.2: STAFF_REMINDER_DAYS sets how early."""
    settings.STAFF_REMINDER_DAYS = 10
    profile = profile_of(counsellor)
    qualification(profile, today + 11 * DAY)
    qualification(profile, today + 10 * DAY, name="心理咨询师")
    assert [item[0] for item in due(profile, today)] == ["心理咨询师"]


def test_staff_who_left_are_not_due(counsellor, today):
    """4.2"""
    profile = profile_of(counsellor, checked_days_ago=None)
    counsellor.is_active = False
    counsellor.save()
    assert due(profile, today) == []


# Reminders (4.2)


def run_command():
    out = io.StringIO()
    call_command("remind_staff_qualifications", stdout=out)
    return out.getvalue()


def test_each_item_is_reminded_once_before_expiry_and_once_after(counsellor, supervisor, today):
    """4.2: the staff member and, in one summary, the supervisors hear once per stage."""
    profile = profile_of(counsellor)
    qualification(profile, today + 5 * DAY)

    assert run_command().startswith("1 ")
    staff_mail, summary = mail.outbox
    assert staff_mail.to == ["dolma@example.com"]
    assert "职业指导师" in staff_mail.body and (today + 5 * DAY).isoformat() in staff_mail.body
    assert summary.to == ["supervisor@example.com"]
    assert "dolma" in summary.body and "职业指导师" in summary.body

    assert run_command().startswith("0 ")
    assert len(mail.outbox) == 2

    # Six days on, the certificate has expired: one more reminder of each kind, then none.
    assert remind_all(today + 6 * DAY) == 1
    assert len(mail.outbox) == 4
    assert remind_all(today + 7 * DAY) == 0
    assert StaffReminder.objects.filter(profile=profile).count() == 2


def test_a_renewed_qualification_is_reminded_of_again_at_its_new_date(counsellor, today):
    """4.2"""
    profile = profile_of(counsellor)
    certificate = qualification(profile, today + 5 * DAY)
    run_command()
    certificate.expires_on = today + 5 * DAY + 3 * 365 * DAY
    certificate.save()
    assert run_command().startswith("0 ")
    remind_all(certificate.expires_on - DAY)
    assert [(r.due_on, r.stage) for r in certificate.reminders.order_by("sent_at")] == [
        (today + 5 * DAY, Stage.SOON),
        (certificate.expires_on, Stage.SOON),
    ]


def test_a_missing_check_is_reminded_of_once_and_each_staff_member_gets_only_their_own(
    counsellor, other_counsellor, supervisor, today
):
    """4.2"""
    profile_of(counsellor, checked_days_ago=None)
    profile_of(other_counsellor, checked_days_ago=None)
    assert run_command().startswith("2 ")
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    assert set(by_recipient) == {
        "dolma@example.com",
        "tashi@example.com",
        "supervisor@example.com",
    }
    assert "tashi" in by_recipient["supervisor@example.com"]
    assert run_command().startswith("0 ")
    assert len(mail.outbox) == 3


def test_nothing_due_sends_nothing(counsellor, supervisor, today):
    """4.2"""
    profile_of(counsellor)
    assert run_command().startswith("0 ")
    assert mail.outbox == []


# The dashboard panel (4.2)


def dashboard(client, user):
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def test_supervisors_see_everyone_due_and_counsellors_only_their_own(
    client, counsellor, other_counsellor, supervisor, today
):
    """4.2"""
    qualification(profile_of(counsellor), today + 3 * DAY, name="职业指导师")
    qualification(profile_of(other_counsellor), today - DAY, name="创业培训讲师")

    everyone = dashboard(client, supervisor)
    assert "职业指导师" in everyone and "创业培训讲师" in everyone
    assert reverse("staff_profiles:edit", args=(counsellor.staff_profile.pk,)) in everyone

    own = dashboard(client, counsellor)
    assert "职业指导师" in own and "创业培训讲师" not in own
    assert MY_PROFILE in own


def test_no_panel_when_nothing_is_due(client, counsellor):
    """4.2"""
    profile_of(counsellor)
    assert "data-staff-due" not in dashboard(client, counsellor)


# Who may edit which profile (4.2)


def profile_form(profile, qualifications=(), **fields):
    """The POST data of the profile form, keeping the profile's values unless given."""
    data = {
        "speaks_chinese": "on" if profile.speaks_chinese else "",
        "speaks_tibetan": "on" if profile.speaks_tibetan else "",
        "education": profile.education,
        "phone": profile.phone,
        "mental_health_checked_on": profile.mental_health_checked_on or "",
        "policy_training_on": profile.policy_training_on or "",
        "qualifications-TOTAL_FORMS": len(qualifications),
        "qualifications-INITIAL_FORMS": 0,
        "qualifications-MIN_NUM_FORMS": 0,
        "qualifications-MAX_NUM_FORMS": 1000,
    }
    for number, values in enumerate(qualifications):
        for name, value in values.items():
            data[f"qualifications-{number}-{name}"] = value
        data[f"qualifications-{number}-ORDER"] = number + 1
    data.update(fields)
    return {name: value for name, value in data.items() if value != ""}


def test_a_counsellor_cannot_open_or_save_another_staff_members_profile(
    client, counsellor, other_counsellor
):
    """4.2: profiles are kept by supervisors; a counsellor edits only their own."""
    theirs = profile_of(other_counsellor, phone="13800000000")
    client.force_login(counsellor)
    assert client.get(reverse("staff_profiles:index"))["Location"] == HOME
    edit = reverse("staff_profiles:edit", args=(theirs.pk,))
    assert client.get(edit)["Location"] == HOME
    response = client.post(edit, profile_form(theirs, phone="13911112222"))
    assert response["Location"] == HOME
    assert StaffProfile.objects.get(pk=theirs.pk).phone == "13800000000"


def test_a_supervisor_edits_anyones_profile(client, supervisor, counsellor, centres):
    """4.2"""
    profile = profile_of(counsellor)
    client.force_login(supervisor)
    listing = client.get(reverse("staff_profiles:index"))
    assert listing.status_code == 200 and "dolma" in listing.content.decode()
    response = client.post(
        reverse("staff_profiles:edit", args=(profile.pk,)),
        profile_form(
            profile,
            user=counsellor.pk,
            service_centre=centres.pk,
            speaks_tibetan="on",
            qualifications=[{"name": "职业指导师", "level": "三级", "expires_on": "2030-06-30"}],
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    profile.refresh_from_db()
    assert profile.speaks_tibetan and profile.service_centre == centres
    assert [q.level for q in profile.qualifications.all()] == ["三级"]


def test_staff_keep_their_own_profile_but_not_their_service_centre(client, centres):
    """4.2: each member of staff records their qualifications, languages and checks; the
    service centre, which decides whose workers a counsellor sees, is the supervisors'."""
    counsellor = member_of(COUNSELLORS, "lhamo")
    client.force_login(counsellor)
    assert client.get(MY_PROFILE).status_code == 200
    response = client.post(
        MY_PROFILE,
        profile_form(
            StaffProfile(user=counsellor),
            speaks_tibetan="on",
            phone="+86 139-0891-2345",
            education="university",
            service_centre=centres.pk,
            qualifications=[{"name": "职业指导师", "number": "1234", "issued_on": "2024-05-01"}],
        ),
    )
    assert response.status_code == 302 and response["Location"] == MY_PROFILE
    profile = StaffProfile.objects.get(user=counsellor)
    assert (profile.phone, profile.speaks_tibetan, profile.service_centre) == (
        "13908912345",
        True,
        None,
    )
    assert profile.qualifications.get().number == "1234"


# Bad input (4.2)


def test_an_invalid_phone_is_refused_with_a_message_and_nothing_saved(client, counsellor):
    """4.2"""
    client.force_login(counsellor)
    response = client.post(
        MY_PROFILE,
        profile_form(
            StaffProfile(user=counsellor),
            phone="0891-123",
            qualifications=[{"name": "职业指导师"}],
        ),
    )
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    assert "11" in response.content.decode()
    assert not StaffProfile.objects.filter(user=counsellor).exists()
    assert not Qualification.objects.exists()


def test_a_qualification_expiring_before_it_was_issued_is_refused(client, supervisor, counsellor):
    """4.2"""
    profile = profile_of(counsellor)
    client.force_login(supervisor)
    response = client.post(
        reverse("staff_profiles:edit", args=(profile.pk,)),
        profile_form(
            profile,
            user=counsellor.pk,
            qualifications=[
                {"name": "职业指导师", "issued_on": "2025-05-01", "expires_on": "2025-04-30"}
            ],
        ),
    )
    assert response.status_code == 200
    [errors] = response.context["form"].formsets["qualifications"].errors
    assert "expires_on" in errors
    assert not Qualification.objects.exists()

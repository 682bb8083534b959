"""Employers in the staff admin (clause 6.3.1): job reviewers find, correct and verify the
employers whose jobs they review; verifying is theirs alone."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from jobs.models import Employer
from staff import roles

INDEX = "/admin/jobs/employers/"
OTHER_CODE = "91540102MA6T56788X"


def member_of(role):
    user = User.objects.create_user(f"user-{role}", password="correct-horse-battery")
    user.groups.add(Group.objects.get(name=role))
    return user


def signed_in(role):
    client = Client()
    client.force_login(member_of(role))
    return client


@pytest.fixture
def reviewer(db):
    return signed_in(roles.JOB_REVIEWERS)


@pytest.fixture
def editor(db):
    return signed_in(roles.EDITORS)


def verify_url(employer):
    return f"{INDEX}verify/{employer.pk}/"


def edit_url(employer):
    return f"{INDEX}edit/{employer.pk}/"


def details(employer, **changes):
    data = {
        "name": employer.name,
        "name_bo": employer.name_bo,
        "credit_code": employer.credit_code,
        "contact_person": employer.contact_person,
        "phone": employer.phone,
        "township": employer.township_id,
        "address": employer.address,
    }
    return {**data, **changes}


@pytest.fixture
def verified(township, django_user_model):
    supervisor = django_user_model.objects.create_user("supervisor", password="x" * 12)
    return Employer.objects.create(
        name="拉萨净土农业有限公司",
        credit_code=OTHER_CODE,
        contact_person="卓玛",
        phone="0891-6321234",
        township=township,
        address="德庆镇",
        verified=True,
        verified_by=supervisor,
        verified_at=timezone.now() - datetime.timedelta(days=3),
    )


@pytest.mark.django_db
def test_the_roles_have_the_permissions_of_the_migration():
    reviewer, editor, moderator = (
        member_of(role) for role in (roles.JOB_REVIEWERS, roles.EDITORS, roles.MODERATORS)
    )
    assert reviewer.has_perm("jobs.verify_employer")
    assert reviewer.has_perm("jobs.change_employer")
    for user in (editor, moderator):
        assert user.has_perm("jobs.change_employer")
        assert not user.has_perm("jobs.verify_employer")


def test_reviewers_find_employers_by_name_and_credit_code(reviewer, employer, verified):
    listing = reviewer.get(INDEX).content.decode()
    assert employer.name in listing and verified.name in listing
    by_name = reviewer.get(INDEX, {"q": "雪域"}).content.decode()
    assert employer.name in by_name and verified.name not in by_name
    by_code = reviewer.get(INDEX, {"q": OTHER_CODE.lower()}).content.decode()
    assert verified.name in by_code and employer.name not in by_code


def test_the_list_filters_by_verification_and_area(reviewer, employer, verified):
    unverified = reviewer.get(INDEX, {"verified": "false"}).content.decode()
    assert employer.name in unverified and verified.name not in unverified
    dazi = employer.township.area
    in_dazi = reviewer.get(INDEX, {"area": dazi.pk}).content.decode()
    assert employer.name in in_dazi
    elsewhere = dazi.__class__.objects.exclude(pk=dazi.pk).first()
    assert employer.name not in reviewer.get(INDEX, {"area": elsewhere.pk}).content.decode()


def test_a_reviewer_verifies_after_confirming(reviewer, employer):
    """6.3.1: a reviewer checks the employer; who did it and when is recorded."""
    confirmation = reviewer.get(verify_url(employer))
    assert confirmation.status_code == 200
    assert employer.credit_code in confirmation.content.decode()
    employer.refresh_from_db()
    assert not employer.verified  # looking is not verifying

    response = reviewer.post(verify_url(employer))
    assert response.status_code == 302
    employer.refresh_from_db()
    assert employer.verified
    assert employer.verified_by.groups.filter(name=roles.JOB_REVIEWERS).exists()
    assert timezone.now() - employer.verified_at < datetime.timedelta(minutes=1)
    assert ModelLogEntry.objects.filter(
        object_id=str(employer.pk), action="jobs.verify_employer"
    ).exists()


def test_the_verify_action_is_offered_only_to_those_who_may_verify(
    reviewer, editor, employer, verified
):
    assert verify_url(employer) in reviewer.get(INDEX).content.decode()
    assert verify_url(verified) not in reviewer.get(INDEX).content.decode()
    assert verify_url(employer) in reviewer.get(edit_url(employer)).content.decode()
    assert verify_url(employer) not in editor.get(INDEX).content.decode()
    assert verify_url(employer) not in editor.get(edit_url(employer)).content.decode()


def test_editors_cannot_verify(editor, employer):
    # Wagtail sends staff without the permission back to the dashboard.
    for response in (editor.get(verify_url(employer)), editor.post(verify_url(employer))):
        assert response.status_code == 302
        assert response.url == "/admin/"
    employer.refresh_from_db()
    assert not employer.verified


def test_superusers_can_verify(admin_client, employer):
    admin_client.post(verify_url(employer))
    employer.refresh_from_db()
    assert employer.verified
    assert employer.verified_by.is_superuser


def test_an_edited_credit_code_is_checked_again(reviewer, employer):
    response = reviewer.post(
        edit_url(employer), details(employer, credit_code="91350100M000100Y44")
    )
    assert response.status_code == 200
    assert "统一社会信用代码无效" in response.content.decode()
    employer.refresh_from_db()
    assert employer.credit_code != "91350100M000100Y44"


def test_a_duplicate_credit_code_names_the_employer_that_has_it(reviewer, employer, verified):
    response = reviewer.post(edit_url(employer), details(employer, credit_code=OTHER_CODE))
    assert response.status_code == 200
    assert f"“{verified.name}”已使用这个统一社会信用代码" in response.content.decode()
    assert Employer.objects.filter(credit_code=OTHER_CODE).count() == 1


def test_a_credit_code_is_saved_as_written_on_the_licence(reviewer, employer):
    response = reviewer.post(
        edit_url(employer), details(employer, credit_code="9135 0100 m000 100y43")
    )
    assert response.status_code == 302
    employer.refresh_from_db()
    assert employer.credit_code == "91350100M000100Y43"


def test_staff_add_an_employer(reviewer, employer):
    data = details(employer, name="堆龙德庆区物流园", credit_code="91110000802100433B")
    assert reviewer.post(f"{INDEX}new/", data).status_code == 302
    added = Employer.objects.get(credit_code="91110000802100433B")
    assert not added.verified


def test_changing_who_a_verified_employer_is_withdraws_the_verification(reviewer, verified):
    """Verification vouches for the name and code that were checked."""
    reviewer.post(edit_url(verified), details(verified, name="另一家公司"))
    verified.refresh_from_db()
    assert verified.name == "另一家公司"
    assert not verified.verified
    assert verified.verified_by is None and verified.verified_at is None


def test_correcting_a_phone_number_keeps_the_verification(reviewer, verified):
    reviewer.post(edit_url(verified), details(verified, phone="13800000000"))
    verified.refresh_from_db()
    assert verified.phone == "13800000000"
    assert verified.verified

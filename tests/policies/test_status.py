"""Whether a policy is in force, derived from its dates and today's date in Lhasa (4.4.2(1)):
the query (`PolicyPage.objects.in_force()` …) and the property of one page agree on every
boundary."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError

from policies.models import PolicyPage, PolicyQuerySet, PolicyStatus, policy_status, today
from tests.policies.conftest import make_policy

# (key, effective date, expiry date) relative to today, and the status today.
BOUNDARIES = [
    ("effective-today", 0, None, PolicyStatus.IN_FORCE),
    ("expired-yesterday", -30, -1, PolicyStatus.EXPIRED),
    ("expiry-today", -30, 0, PolicyStatus.IN_FORCE),
    ("no-expiry", -3650, None, PolicyStatus.IN_FORCE),
    ("effective-tomorrow", 1, None, PolicyStatus.NOT_YET_IN_FORCE),
    ("future-with-expiry", 10, 20, PolicyStatus.NOT_YET_IN_FORCE),
]


@pytest.fixture
def boundary_policies(library, tibetan):
    day = today()
    made = {}
    for key, effective, expiry, status in BOUNDARIES:
        made[key] = (
            make_policy(
                library,
                tibetan,
                key,
                issue_date=day - timedelta(days=3650),
                effective_date=day + timedelta(days=effective),
                expiry_date=None if expiry is None else day + timedelta(days=expiry),
            ),
            status,
        )
    return made


def keys(queryset):
    return {page.slug for page in queryset}


@pytest.mark.django_db
def test_status_on_each_boundary_date(boundary_policies, tibetan):
    """4.4.2(1): in force from the effective date through the expiry date (both included);
    expired from the day after; not yet in force before the effective date; no expiry date
    means in force indefinitely. Query and property agree, in both languages."""
    chinese = PolicyPage.objects.filter(locale__language_code="zh-hans")
    expected = {
        status: {key for key, (_, s) in boundary_policies.items() if s == status}
        for status in PolicyStatus
    }
    assert keys(chinese.in_force()) == expected[PolicyStatus.IN_FORCE]
    assert keys(chinese.expired()) == expected[PolicyStatus.EXPIRED]
    assert keys(chinese.not_yet_in_force()) == expected[PolicyStatus.NOT_YET_IN_FORCE]
    for key, (page, status) in boundary_policies.items():
        assert page.status == status, key
        assert page.get_translation(tibetan).specific.status == status, key
    tibetan_pages = PolicyPage.objects.filter(locale__language_code="bo")
    assert keys(tibetan_pages.in_force()) == expected[PolicyStatus.IN_FORCE]


@pytest.mark.django_db
def test_every_policy_has_exactly_one_status(boundary_policies):
    everything = PolicyPage.objects.all()
    parts = [
        set(everything.with_status(status).values_list("pk", flat=True)) for status in PolicyStatus
    ]
    assert sum(len(part) for part in parts) == everything.count() == 2 * len(BOUNDARIES)
    assert set().union(*parts) == set(everything.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("effective", "expiry", "on", "status"),
    [
        (date(2026, 1, 1), None, date(2025, 12, 31), PolicyStatus.NOT_YET_IN_FORCE),
        (date(2026, 1, 1), None, date(2026, 1, 1), PolicyStatus.IN_FORCE),
        (date(2026, 1, 1), date(2026, 6, 30), date(2026, 6, 30), PolicyStatus.IN_FORCE),
        (date(2026, 1, 1), date(2026, 6, 30), date(2026, 7, 1), PolicyStatus.EXPIRED),
        (date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 1), PolicyStatus.IN_FORCE),
    ],
)
@pytest.mark.django_db
def test_query_and_rule_agree_on_any_day(library, tibetan, effective, expiry, on, status):
    page = make_policy(
        library, tibetan, "p", issue_date=effective, effective_date=effective, expiry_date=expiry
    )
    assert policy_status(effective, expiry, on) == status
    chinese = PolicyPage.objects.filter(pk=page.pk)
    assert list(chinese.with_status(status, on)) == [page]
    for other in set(PolicyStatus) - {status}:
        assert not chinese.filter(PolicyQuerySet.status_condition(other, on)).exists()


def test_today_is_the_date_in_lhasa():
    """At 16:30 UTC on New Year's Eve it is already New Year's Day in Lhasa (UTC+8)."""
    assert today(datetime(2026, 12, 31, 16, 30, tzinfo=UTC)) == date(2027, 1, 1)
    assert today(datetime(2026, 12, 31, 15, 59, tzinfo=UTC)) == date(2026, 12, 31)


@pytest.mark.django_db
def test_a_policy_cannot_expire_before_it_takes_effect(library):
    page = PolicyPage(
        title="x",
        slug="x",
        issuer="国务院",
        level="national",
        issue_date=date(2024, 1, 1),
        effective_date=date(2024, 2, 1),
        expiry_date=date(2024, 1, 31),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "expiry_date" in error.value.message_dict


def test_unknown_status_is_refused():
    with pytest.raises(ValueError):
        PolicyQuerySet.status_condition("repealed")

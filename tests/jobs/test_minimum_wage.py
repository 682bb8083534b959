"""The Tibet minimum wage that job reviews are checked against (clause 6.3.1): the shipped
rate, the rate in force on a day, the staff who keep it, and the warnings at its boundary."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from jobs.models import JobPage, MinimumWage
from jobs.review.warnings import wage_warnings
from portal.dates import lhasa_today
from staff.roles import EDITORS, JOB_REVIEWERS, MODERATORS, TRANSLATORS

TODAY = lhasa_today()


@pytest.fixture
def rate(db):
    """A rate in force from today whose daily rate is a whole number: 2175 / 21.75 = 100."""
    return MinimumWage.objects.create(
        effective_from=TODAY, monthly=Decimal("2175.00"), hourly=Decimal("20.00")
    )


def job(wage_min, unit="month", start_date=None):
    return JobPage(title="招聘", wage_min=wage_min, wage_unit=unit, start_date=start_date)


@pytest.mark.django_db
def test_the_tibet_rate_of_2021_is_shipped_with_its_document():
    shipped = MinimumWage.objects.current(datetime.date(2021, 7, 1))
    assert (shipped.monthly, shipped.hourly) == (Decimal("1850.00"), Decimal("18.00"))
    assert "藏政办发〔2021〕19号" in shipped.source
    assert MinimumWage.objects.current(datetime.date(2021, 6, 30)) is None
    assert shipped.daily() == Decimal("85.06")


@pytest.mark.django_db
def test_a_new_rate_takes_over_from_its_first_day(rate):
    assert MinimumWage.objects.current(TODAY) == rate
    assert MinimumWage.objects.current(TODAY - datetime.timedelta(days=1)).monthly == 1850


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("wage_min", "unit", "warned"),
    [(2175, "month", False), (2174, "month", True), (100, "day", False), (99, "day", True)],
)
def test_a_wage_below_the_minimum_is_flagged_and_one_at_it_is_not(rate, wage_min, unit, warned):
    """6.3.1: reviewers are warned of wages below the Tibet minimum wage."""
    assert bool(wage_warnings(job(wage_min, unit))) is warned


@pytest.mark.django_db
def test_the_warnings_name_the_wage_and_the_minimum(rate):
    assert wage_warnings(job(2174)) == ["月工资下限为2174元，低于西藏自治区月最低工资标准2175元。"]
    assert wage_warnings(job(99, "day")) == [
        "日工资下限为99元，低于按西藏自治区最低工资标准折算的日工资100元"
        "（月标准2175元除以21.75天）。"
    ]


@pytest.mark.django_db
def test_piece_rates_get_a_note_with_the_daily_minimum(rate):
    assert wage_warnings(job(5, "piece")) == [
        "按件计酬：请核实正常工作一天的收入不低于100元（西藏自治区月最低工资标准2175元除以21.75天）。"
    ]


@pytest.mark.django_db
def test_a_job_starting_later_is_checked_against_the_rate_then(rate):
    raised = MinimumWage.objects.create(
        effective_from=TODAY + datetime.timedelta(days=30),
        monthly=Decimal("2400.00"),
        hourly=Decimal("22.00"),
    )
    assert wage_warnings(job(2200)) == []
    assert wage_warnings(job(2200, start_date=raised.effective_from)) != []
    assert wage_warnings(job(2400, start_date=raised.effective_from)) == []


@pytest.mark.django_db
def test_without_a_recorded_rate_the_reviewer_is_told_the_wage_was_not_checked():
    MinimumWage.objects.all().delete()
    assert wage_warnings(job(100)) == [
        "系统中尚未录入西藏自治区最低工资标准，未能核对工资。请在“最低工资标准”中添加现行标准。"
    ]
    assert wage_warnings(job(None)) == []


def member_of(role):
    user = User.objects.create_user(f"user-{role}", password="correct-horse-battery")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("role", [EDITORS, JOB_REVIEWERS, MODERATORS])
def test_staff_keep_the_rates_in_the_admin(client, role):
    """6.3.1: editors keep the minimum wage in the admin."""
    client.force_login(member_of(role))
    assert client.get(reverse("minimum_wages:index")).status_code == 200
    response = client.post(
        reverse("minimum_wages:add"),
        {
            "effective_from": "2027-01-01",
            "monthly": "2000",
            "hourly": "19.50",
            "source": "藏政办发〔2026〕1号",
        },
    )
    assert response.status_code == 302
    assert MinimumWage.objects.current(datetime.date(2027, 1, 1)).monthly == 2000


@pytest.mark.django_db
def test_only_moderators_delete_a_rate_and_translators_keep_none():
    assert member_of(MODERATORS).has_perm("jobs.delete_minimumwage")
    assert not member_of(EDITORS).has_perm("jobs.delete_minimumwage")
    assert not member_of(JOB_REVIEWERS).has_perm("jobs.delete_minimumwage")
    assert not member_of(TRANSLATORS).has_perm("jobs.change_minimumwage")

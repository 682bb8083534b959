"""The satisfaction index (clause 7.2.2): 0–100 from the fixed weights documented in
quality/index.py, per service type, service centre and period, with the number of answers."""

import datetime

import pytest
from django.utils import timezone

from quality.index import WEIGHTS, grouped, index, overall, score, variable_means
from quality.invitations import record_answer
from quality.models import Response
from quality.questionnaire import VARIABLES
from tests.quality.conftest import answers

THIRD = pytest.approx(100 / 3, abs=0.1)
LHASA_NOON = datetime.time(12, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


def means(value=None, **by_variable):
    return {v.key: by_variable.get(v.key, value) for v in VARIABLES}


def test_the_weights_add_up_to_one_and_cover_every_variable():
    """7.2.2: fixed weights; expectation counts for nothing (what the worker brought)."""
    assert set(WEIGHTS) == {v.key for v in VARIABLES}
    assert sum(WEIGHTS.values()) == pytest.approx(1)
    assert WEIGHTS["expectation"] == 0


def test_all_tens_make_100_and_all_ones_make_0():
    """7.2.2: the ends of the scale are the ends of the index."""
    assert index(means(10)) == pytest.approx(100)
    assert index(means(1)) == pytest.approx(0)
    assert score(5.5) == pytest.approx(50)


def test_a_mixed_case_computed_by_hand():
    """7.2.2: 0.40·(9−1) + 0.20·(7−1) + 0.15·(5−1) + 0.15·(7−1) + 0.10·(4−1) = 6.2;
    6.2 / 9 · 100 = 68.89. Expectation (3) does not count."""
    mixed = means(satisfaction=9, quality=7, value=5, loyalty=7, complaints=4, expectation=3)
    assert index(mixed) == pytest.approx(620 / 9)
    changed_expectation = {**mixed, "expectation": 10}
    assert index(changed_expectation) == pytest.approx(620 / 9)


def test_a_variables_mean_is_the_mean_of_its_items():
    item_means = answers(5, quality_overall=8, quality_staff=6)
    assert variable_means(item_means)["quality"] == 7


def answered(invitation, when, **scores):
    response = record_answer(invitation, answers(**scores))
    Response.objects.filter(pk=response.pk).update(submitted_at=when)
    return response


def at(year, month, day):
    return datetime.datetime.combine(datetime.date(year, month, day), LHASA_NOON)


@pytest.mark.django_db
def test_the_index_per_service_type_centre_and_month(make_invitation, centres):
    """7.2.2: each group gets its own index and count; an answer counts in its month."""
    answered(make_invitation(centre=centres), at(2026, 10, 3), score=10)
    answered(make_invitation(centre=centres), at(2026, 10, 30), score=1)
    answered(make_invitation(), at(2026, 10, 5), score=10)
    answered(make_invitation(service_type="政策咨询", centre=centres), at(2026, 10, 6), score=1)
    answered(make_invitation(centre=centres), at(2026, 11, 2), score=4)

    rows = grouped(Response.objects.all(), "month")
    found = {(r.period.date(), r.service_type, r.centre): (r.answers, r.index) for r in rows}
    assert found == {
        (datetime.date(2026, 11, 1), "投诉处理", centres.name): (1, THIRD),
        (datetime.date(2026, 10, 1), "投诉处理", centres.name): (2, 50.0),
        (datetime.date(2026, 10, 1), "投诉处理", ""): (1, 100.0),
        (datetime.date(2026, 10, 1), "政策咨询", centres.name): (1, 0.0),
    }
    assert [r.period.date() for r in rows][0] == datetime.date(2026, 11, 1)


@pytest.mark.django_db
def test_quarters_and_years_gather_the_months(make_invitation):
    """7.2.2: the period can be a quarter or a year; Lhasa's calendar decides the day."""
    answered(make_invitation(), at(2026, 10, 3), score=10)
    answered(make_invitation(), at(2026, 12, 31), score=1)
    # 1 October 00:30 in Lhasa is still 30 September in UTC: it belongs to the fourth quarter.
    early = timezone.make_aware(datetime.datetime(2026, 10, 1, 0, 30), timezone=LHASA_NOON.tzinfo)
    answered(make_invitation(), early, score=1)
    answered(make_invitation(), at(2026, 9, 30), score=10)

    quarters = {r.period.date(): (r.answers, r.index) for r in grouped(Response.objects, "quarter")}
    assert quarters == {
        datetime.date(2026, 10, 1): (3, pytest.approx(100 / 3, abs=0.1)),
        datetime.date(2026, 7, 1): (1, 100.0),
    }
    (year,) = grouped(Response.objects.all(), "year")
    assert (year.period.date(), year.answers, year.index) == (datetime.date(2026, 1, 1), 4, 50.0)
    assert year.score_loyalty == 50.0


@pytest.mark.django_db
def test_overall_is_none_without_answers_and_counts_them(make_invitation):
    assert overall(Response.objects.all()) is None
    answered(make_invitation(), at(2026, 10, 3), score=7)
    result = overall(Response.objects.all())
    assert (result.answers, result.index) == (1, pytest.approx(66.7, abs=0.05))

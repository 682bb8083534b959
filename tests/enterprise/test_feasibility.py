"""The feasibility checklist's risk score and named warnings (clause 4.4.1(5)): each seeded rule
triggers on a risky answer and stays quiet on a safe one; the score is the sum of the triggered
points, capped at 100; unknown answers are listed, not scored."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from enterprise import feasibility
from enterprise.feasibility import evaluate
from enterprise.models import RiskRule

# answer of the seeded rule: (answers that trigger it, answers that do not)
SEEDED = {
    "market_evidence": ({"market_evidence": False}, {"market_evidence": True}),
    "debt_ratio": (
        {"planned_debt": 30001, "own_funds": 10000},
        {"planned_debt": 30000, "own_funds": 10000},
    ),
    "cost_ratio": (
        {"monthly_costs": 5001, "monthly_revenue": 5000},
        {"monthly_costs": 5000, "monthly_revenue": 5000},
    ),
    "licence_in_order": (
        {"licence_needed": True, "licence_applied": False},
        {"licence_needed": True, "licence_applied": True},
    ),
    "trade_experience": ({"trade_experience": Decimal("0.5")}, {"trade_experience": Decimal(1)}),
    "own_funds": ({"own_funds": 0}, {"own_funds": 1}),
    "premises_secured": ({"premises_secured": False}, {"premises_secured": True}),
    "family_support": ({"family_support": False}, {"family_support": True}),
}

WORST = {
    "market_evidence": False,
    "own_funds": 0,
    "planned_debt": 50000,
    "monthly_costs": 3000,
    "monthly_revenue": 0,
    "licence_needed": True,
    "licence_applied": False,
    "trade_experience": 0,
    "premises_secured": False,
    "family_support": False,
}


def rule(answer, comparison, threshold=None, points=10):
    return SimpleNamespace(answer=answer, comparison=comparison, threshold=threshold, points=points)


@pytest.mark.django_db
def test_every_seeded_rule_is_covered_here():
    assert set(RiskRule.objects.values_list("answer", flat=True)) == set(SEEDED)


@pytest.mark.django_db
@pytest.mark.parametrize("answer", SEEDED)
def test_each_seeded_rule_triggers_on_a_risky_answer_and_not_on_a_safe_one(answer):
    """4.4.1(5): the data migration's rules warn of the classic risks."""
    seeded = RiskRule.objects.get(answer=answer)
    risky, safe = SEEDED[answer]
    assert evaluate(risky, [seeded]).triggered == [seeded]
    quiet = evaluate(safe, [seeded])
    assert quiet.triggered == [] and quiet.unanswered == []


@pytest.mark.parametrize(
    "answers, triggered",
    [
        ({"planned_debt": 1, "own_funds": 0}, True),  # borrowing with nothing of one's own
        ({"planned_debt": 0, "own_funds": 0}, False),
        ({"monthly_costs": 1, "monthly_revenue": 0}, True),  # costs with no revenue at all
        ({"monthly_costs": 0, "monthly_revenue": 0}, False),
    ],
)
def test_a_ratio_over_nothing_counts_as_infinite_not_as_an_error(answers, triggered):
    rules = [
        rule(feasibility.DEBT_RATIO, feasibility.GREATER_THAN, Decimal(3)),
        rule(feasibility.COST_RATIO, feasibility.GREATER_THAN, Decimal(1)),
    ]
    assert bool(evaluate(answers, rules).triggered) is triggered


def test_no_licence_needed_is_in_order_whatever_was_applied_for():
    in_order = rule(feasibility.LICENCE_IN_ORDER, feasibility.IS_FALSE)
    result = evaluate({"licence_needed": False, "licence_applied": None}, [in_order])
    assert result.triggered == [] and result.unanswered == []


def test_the_score_is_the_sum_of_the_triggered_points():
    rules = [
        rule(feasibility.MARKET_EVIDENCE, feasibility.IS_FALSE, points=20),
        rule(feasibility.FAMILY_SUPPORT, feasibility.IS_FALSE, points=5),
        rule(feasibility.PREMISES_SECURED, feasibility.IS_FALSE, points=10),
    ]
    answers = {"market_evidence": False, "family_support": False, "premises_secured": True}
    result = evaluate(answers, rules)
    assert result.score == 25
    assert [found.points for found in result.triggered] == [20, 5]  # most points first


@pytest.mark.django_db
def test_the_score_stops_at_100():
    seeded = list(RiskRule.objects.all())
    assert sum(found.points for found in seeded) > 100
    result = evaluate(WORST, seeded)
    assert len(result.triggered) == len(seeded)
    assert result.score == feasibility.MAX_SCORE == 100


def test_no_answers_no_score_but_every_rule_listed_as_unanswered():
    rules = [
        rule(feasibility.MARKET_EVIDENCE, feasibility.IS_FALSE),
        rule(feasibility.DEBT_RATIO, feasibility.GREATER_THAN, Decimal(3)),
        rule(feasibility.TRADE_EXPERIENCE, feasibility.LESS_THAN, Decimal(1)),
    ]
    result = evaluate({}, rules)
    assert result.score == 0 and result.triggered == []
    assert result.unanswered == rules

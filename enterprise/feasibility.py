"""The feasibility checklist's risk score and warnings (clause 4.4.1(5); 6.4.2).

Pure functions, no database: `evaluate(answers, rules)` takes the checklist's answers (a dict,
None where a question is not answered yet) and the rules (objects with `answer`, `comparison`,
`threshold` and `points`, such as enterprise.models.RiskRule) and tells which rules are
triggered, which could not be judged, and the score.

The score formula: the sum of the points of the triggered rules, capped at 100
(`MAX_SCORE`). A rule whose answer is unknown is not triggered; it is listed as unanswered, so
that staff see the score is incomplete rather than falsely low.

Besides the questions themselves, rules may compare three measures derived from them:
- DEBT_RATIO: planned debt ÷ own funds (infinite when borrowing with no own funds);
- COST_RATIO: monthly costs ÷ expected monthly revenue (infinite for costs without revenue);
- LICENCE_IN_ORDER: no licence is needed, or it has been applied for.
"""

from dataclasses import dataclass, field
from decimal import Decimal

MAX_SCORE = 100

# The checklist's questions.
MARKET_EVIDENCE = "market_evidence"
OWN_FUNDS = "own_funds"
PLANNED_DEBT = "planned_debt"
MONTHLY_COSTS = "monthly_costs"
MONTHLY_REVENUE = "monthly_revenue"
LICENCE_NEEDED = "licence_needed"
LICENCE_APPLIED = "licence_applied"
TRADE_EXPERIENCE = "trade_experience"
PREMISES_SECURED = "premises_secured"
FAMILY_SUPPORT = "family_support"
QUESTIONS = [
    MARKET_EVIDENCE,
    OWN_FUNDS,
    PLANNED_DEBT,
    MONTHLY_COSTS,
    MONTHLY_REVENUE,
    LICENCE_NEEDED,
    LICENCE_APPLIED,
    TRADE_EXPERIENCE,
    PREMISES_SECURED,
    FAMILY_SUPPORT,
]

# Measures derived from the questions.
DEBT_RATIO = "debt_ratio"
COST_RATIO = "cost_ratio"
LICENCE_IN_ORDER = "licence_in_order"

YES_NO = {
    MARKET_EVIDENCE,
    LICENCE_NEEDED,
    LICENCE_APPLIED,
    PREMISES_SECURED,
    FAMILY_SUPPORT,
    LICENCE_IN_ORDER,
}

# How a rule compares its answer.
IS_FALSE = "is_false"
IS_TRUE = "is_true"
GREATER_THAN = "greater_than"
LESS_THAN = "less_than"
YES_NO_COMPARISONS = {IS_FALSE, IS_TRUE}
NUMBER_COMPARISONS = {GREATER_THAN, LESS_THAN}

INFINITE = Decimal("Infinity")


def ratio(part, whole):
    """part ÷ whole; None if either is unknown, infinite for something over nothing."""
    if part is None or whole is None:
        return None
    if whole == 0:
        return INFINITE if part > 0 else Decimal(0)
    return Decimal(part) / Decimal(whole)


def licence_in_order(needed, applied):
    if needed is False:
        return True
    if needed is None or applied is None:
        return None
    return applied


def measures(answers):
    """The answers with the derived measures added."""
    return {
        **answers,
        DEBT_RATIO: ratio(answers.get(PLANNED_DEBT), answers.get(OWN_FUNDS)),
        COST_RATIO: ratio(answers.get(MONTHLY_COSTS), answers.get(MONTHLY_REVENUE)),
        LICENCE_IN_ORDER: licence_in_order(
            answers.get(LICENCE_NEEDED), answers.get(LICENCE_APPLIED)
        ),
    }


def is_triggered(rule, value):
    """Whether `rule` holds for `value`; None when the value is unknown."""
    if value is None:
        return None
    if rule.comparison == IS_FALSE:
        return value is False
    if rule.comparison == IS_TRUE:
        return value is True
    if rule.comparison == GREATER_THAN:
        return value > rule.threshold
    if rule.comparison == LESS_THAN:
        return value < rule.threshold
    raise ValueError(f"Unknown comparison {rule.comparison!r}")


@dataclass
class Result:
    triggered: list = field(default_factory=list)
    unanswered: list = field(default_factory=list)

    @property
    def score(self):
        return min(MAX_SCORE, sum(rule.points for rule in self.triggered))


def evaluate(answers, rules):
    """The rules `answers` trigger (most points first), those it cannot judge, and the score."""
    values = measures(answers)
    result = Result()
    for rule in rules:
        holds = is_triggered(rule, values.get(rule.answer))
        if holds is None:
            result.unanswered.append(rule)
        elif holds:
            result.triggered.append(rule)
    result.triggered.sort(key=lambda rule: -rule.points)
    return result

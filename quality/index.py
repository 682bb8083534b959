"""The satisfaction index (clause 7.2): 0–100, from fixed weights, per service type, service
centre and period, with the number of answers behind it.

Each variable of the questionnaire (quality/questionnaire.py) gets a score from 0 to 100:

    score_v = (mean_v − 1) / 9 · 100

where mean_v is the mean of the variable's items over the answers (items weigh alike; every
item is required, so this is also the mean of the answers' own variable means). A mean of 1,
the bottom of the scale, scores 0; a mean of 10 scores 100. The index is

    index = Σ_v w_v · score_v

with these fixed weights, which add up to 1:

    overall satisfaction   0.40   satisfaction itself, the model's central variable
    perceived quality      0.20   what the service did, the main driver of satisfaction
    perceived value        0.15   whether it was worth the worker's time, travel and effort
    loyalty                0.15   satisfaction shown in what the worker will do next
    complaints             0.10   the other outcome; asked so that 10 is "nothing to complain
                                  about", so it counts as it is, not inverted
    expectation            0      what the worker brought, not what the service gave: high
                                  hopes must not raise or lower the service's score. It is
                                  reported beside the index, to read the others against.

All answers 10 give 100; all answers 1 give 0. An answer counts in the period (month, quarter
or year, in Lhasa time) in which it was given.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Count
from django.db.models.functions import TruncMonth, TruncQuarter, TruncYear

from portal.dates import LHASA
from quality.questionnaire import HIGHEST, LOWEST, VARIABLES

WEIGHTS = {
    "satisfaction": 0.40,
    "quality": 0.20,
    "value": 0.15,
    "loyalty": 0.15,
    "complaints": 0.10,
    "expectation": 0.0,
}
PERIODS = {
    "month": TruncMonth,
    "quarter": TruncQuarter,
    "year": TruncYear,
}


def score(mean):
    """A mean on the 1–10 scale as 0–100."""
    return (mean - LOWEST) / (HIGHEST - LOWEST) * 100


def variable_means(item_means):
    """The mean of each variable from the means of its items ({field: mean})."""
    return {
        variable.key: sum(item_means[item.field] for item in variable.items) / len(variable.items)
        for variable in VARIABLES
    }


def index(means):
    """The index from the variables' means ({variable key: mean on 1–10})."""
    return sum(weight * score(means[key]) for key, weight in WEIGHTS.items())


@dataclass
class Result:
    """The index of one group of answers and the score of each variable."""

    answers: int
    index: float
    scores: dict = field(default_factory=dict)
    service_type: str = ""
    centre: str = ""
    period: object = None

    def __getattr__(self, name):
        # score_quality, score_loyalty …: the columns of the report and its export.
        if name.startswith("score_") and name[6:] in self.scores:
            return self.scores[name[6:]]
        raise AttributeError(name)


def result(answers, item_means, **group):
    means = variable_means(item_means)
    return Result(
        answers=answers,
        index=round(index(means), 1),
        scores={key: round(score(mean), 1) for key, mean in means.items()},
        **group,
    )


def item_averages():
    return {item.field: Avg(item.field) for variable in VARIABLES for item in variable.items}


def overall(responses):
    """The index of all `responses` together; None when there are none."""
    totals = responses.aggregate(answers=Count("pk"), **item_averages())
    answers = totals.pop("answers")
    return result(answers, totals) if answers else None


def grouped(responses, period="month"):
    """The index per service type, centre and period, newest period first."""
    truncate = PERIODS[period]
    rows = (
        responses.annotate(period=truncate("submitted_at", tzinfo=LHASA))
        .values("period", "invitation__service_type", "invitation__centre__name")
        .annotate(answers=Count("pk"), **item_averages())
        .order_by("-period", "invitation__service_type", "invitation__centre__name")
    )
    results = []
    for row in rows:
        answers = row.pop("answers")
        group = {
            "period": row.pop("period"),
            "service_type": row.pop("invitation__service_type"),
            "centre": row.pop("invitation__centre__name") or "",
        }
        results.append(result(answers, row, **group))
    return results

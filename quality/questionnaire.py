"""The satisfaction questionnaire (clause 7.2), after the customer-satisfaction model behind
GB/T 19039 (the China customer satisfaction index, built like the ACSI): six latent variables,
each measured by two items on a 1–10 scale.

    expectation → perceived quality → perceived value → overall satisfaction → complaints, loyalty

Every item is asked so that 10 is the good end, the complaints items included ("nothing to
complain about" is 10): a respondent on a phone never has to turn the scale round, and the
index (quality/index.py) inverts nothing.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

LOWEST, HIGHEST = 1, 10


@dataclass(frozen=True)
class Item:
    field: str
    question: str
    low: str
    high: str


@dataclass(frozen=True)
class Variable:
    key: str
    label: str
    items: tuple


NOT_AT_ALL, COMPLETELY = _("Not at all"), _("Completely")
VERY_POOR, EXCELLENT = _("Very poor"), _("Excellent")
UNLIKELY, LIKELY = _("Very unlikely"), _("Very likely")

VARIABLES = (
    Variable(
        "expectation",
        _("Expectation"),
        (
            Item(
                "expectation_quality",
                _("Before the service, how good did you expect it to be?"),
                VERY_POOR,
                EXCELLENT,
            ),
            Item(
                "expectation_needs",
                _("Before the service, how well did you expect it to meet your needs?"),
                NOT_AT_ALL,
                COMPLETELY,
            ),
        ),
    ),
    Variable(
        "quality",
        _("Perceived quality"),
        (
            Item(
                "quality_overall", _("How good was the service you received?"), VERY_POOR, EXCELLENT
            ),
            Item(
                "quality_staff",
                _("How well did the staff understand your situation and help you?"),
                NOT_AT_ALL,
                COMPLETELY,
            ),
        ),
    ),
    Variable(
        "value",
        _("Perceived value"),
        (
            Item(
                "value_effort",
                _("Was the service worth the time, travel and effort it cost you?"),
                NOT_AT_ALL,
                COMPLETELY,
            ),
            Item(
                "value_use",
                _("How much did the service help you with work, training or your own business?"),
                NOT_AT_ALL,
                COMPLETELY,
            ),
        ),
    ),
    Variable(
        "satisfaction",
        _("Overall satisfaction"),
        (
            Item(
                "satisfaction_overall",
                _("All in all, how satisfied are you with the service?"),
                _("Very dissatisfied"),
                _("Very satisfied"),
            ),
            Item(
                "satisfaction_expected",
                _("Compared with what you expected, how was the service?"),
                _("Far worse"),
                _("Far better"),
            ),
        ),
    ),
    Variable(
        "complaints",
        _("Complaints"),
        (
            Item(
                "complaints_cause",
                _("Did anything in this service give you cause to complain?"),
                _("A great deal"),
                _("Nothing at all"),
            ),
            Item(
                "complaints_handling",
                _("How sure are you that we would deal well with a complaint from you?"),
                _("Not at all sure"),
                _("Completely sure"),
            ),
        ),
    ),
    Variable(
        "loyalty",
        _("Loyalty"),
        (
            Item(
                "loyalty_return",
                _("How likely are you to use our service again when you need it?"),
                UNLIKELY,
                LIKELY,
            ),
            Item(
                "loyalty_recommend",
                _("How likely are you to recommend our service to relatives and neighbours?"),
                UNLIKELY,
                LIKELY,
            ),
        ),
    ),
)

ITEMS = tuple(item for variable in VARIABLES for item in variable.items)

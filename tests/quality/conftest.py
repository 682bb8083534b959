"""Fixtures of the satisfaction tests (clause 7.2), made through the real models.

- `make_invitation`: the survey invitation of a new complaint (a finished service), made by
  `quality.invitations.invite` and so texted to the complainant;
- `answers`: one score for every item of the questionnaire;
- `supervisor` and `officer` come from the complaints tests.
"""

import pytest

from portal.notifications.backends import outbox
from quality.invitations import invite
from quality.questionnaire import ITEMS
from tests.complaints.conftest import (  # noqa: F401
    category,
    make_complaint,
    officer,
    supervisor,
)


@pytest.fixture(autouse=True)
def empty_outbox():
    outbox.clear()
    yield
    outbox.clear()


@pytest.fixture
def make_invitation(make_complaint):  # noqa: F811 (the fixture imported above)
    def make(language="zh-hans", **options):
        return invite(make_complaint(language=language), language, **options)

    return make


def answers(score=None, **scores):
    """Form data or model scores: every item `score`, unless given in `scores`."""
    return {item.field: scores.get(item.field, score) for item in ITEMS}

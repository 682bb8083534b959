"""The demo survey answers (clause 7.2): the report has figures on a fresh demo, and loading
again adds nothing."""

from collections import Counter
from types import SimpleNamespace

import pytest

from quality import demo as quality_demo
from quality.index import grouped, overall
from quality.models import Invitation, Response

pytestmark = pytest.mark.django_db


def test_the_demo_rates_recent_assessments_and_closed_complaints(demo_database):
    invitations = Invitation.objects.all()
    assert {invitation.service_kind for invitation in invitations} == {"other", "complaint"}
    assert invitations.filter(answered_at=None).count() == quality_demo.UNANSWERED
    assert Response.objects.count() >= 5
    assert 0 < overall(Response.objects.all()).index < 100
    assert {row.service_type for row in grouped(Response.objects.all())} == {"能力评估", "投诉处理"}

    quality_demo.load(SimpleNamespace(created=Counter()))
    assert Invitation.objects.count() == len(invitations)

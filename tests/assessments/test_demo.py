"""The demo assessments (assessments/demo.py): 30 of the 40 demo workers assessed over the last
18 months by their own counsellor (6.1.1)."""

import re
from datetime import timedelta

import pytest

from assessments.models import StaffAssessment
from portal.dates import lhasa_today
from portal.text import HAN

pytestmark = pytest.mark.django_db

CHINESE = re.compile(f"[{HAN}]")
NEXT_STEP = {"job": "matching", "training": "training", "business": "business"}


def test_thirty_workers_assessed_over_eighteen_months_with_evidence(demo_database):
    """6.1.1: each dimension scored on the scale with its evidence, in Chinese, fitting the
    worker's record; dated over the last 18 months, by the worker's own counsellor, and closed
    to correction (each was recorded on its own day)."""
    assessments = list(StaffAssessment.objects.select_related("worker", "assessor"))
    assert len(assessments) == 30
    assert len({assessment.worker for assessment in assessments}) == 30
    today = lhasa_today()
    days = sorted(assessment.assessed_on for assessment in assessments)
    assert today - timedelta(days=549) <= days[0]
    assert days[-1] < today
    assert (days[-1] - days[0]).days > 365
    for assessment in assessments:
        worker = assessment.worker
        assert assessment.assessor == worker.counsellor
        for score in (assessment.skill_score, assessment.willingness_score, assessment.fit_score):
            assert 1 <= score <= 5
        for text in (
            assessment.skill_evidence,
            assessment.willingness_evidence,
            assessment.fit_evidence,
            assessment.summary,
        ):
            assert CHINESE.search(text)
        for job in worker.work_history.all():
            assert f"曾在{job.place}做{job.work}" in assessment.skill_evidence
        if worker.intention in NEXT_STEP:
            assert assessment.next_step == NEXT_STEP[worker.intention]
        assert not assessment.may_be_corrected(today)

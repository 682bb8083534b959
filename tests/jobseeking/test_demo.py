"""The demo interviews (jobseeking/demo.py): a few interviews with every outcome (6.3.3)."""

import pytest
from django.utils import timezone

from jobseeking.models import Interview, InterviewOutcome

pytestmark = pytest.mark.django_db


def test_interviews_with_every_outcome_arranged_by_the_counsellor(demo_database):
    """6.3.3: interviews for posted jobs, arranged by the worker's counsellor; only the one
    still to come has no outcome yet."""
    interviews = list(Interview.objects.select_related("worker", "job__employer"))
    assert 5 <= len(interviews) <= 10
    assert {interview.outcome for interview in interviews} == set(InterviewOutcome.values)
    now = timezone.now()
    for interview in interviews:
        assert interview.arranged_by == interview.worker.counsellor
        assert interview.employer_name == interview.job.employer.name
        assert (interview.outcome == InterviewOutcome.PENDING) == (interview.when > now)
        interview.full_clean()

"""The demo placements (placements/demo.py): 12 workers in jobs near home and far away, their
follow-ups made by the placement's own rule, most done and some overdue (6.5.1, 6.5.2)."""

import pytest

from placements import schedule
from placements.choices import Locality, Outcome
from placements.models import FollowUp, FollowUpSchedule, Placement
from portal.dates import lhasa_today

pytestmark = pytest.mark.django_db


def test_twelve_placements_with_follow_ups_done_and_overdue(demo_database):
    """6.5.1: the first follow-up 15 days after the start; 6.5.2: the later ones by the
    schedule, done with an outcome by the worker's counsellor; at least three are overdue on
    the day the demo is loaded, and a worker who left has no follow-ups after that."""
    today = lhasa_today()
    placements = list(Placement.objects.select_related("worker", "job"))
    assert len(placements) == 12
    assert len({placement.worker for placement in placements}) == 12
    assert sum(1 for placement in placements if placement.job is not None) >= 10
    localities = {placement.locality for placement in placements}
    assert {Locality.SAME_AREA, Locality.LHASA, Locality.OUTSIDE_LHASA} <= localities
    months = FollowUpSchedule.load().month_list
    for placement in placements:
        assert placement.recorded_by == placement.worker.counsellor
        planned = [due for _months, due in schedule.plan(placement.start_date, months)]
        follow_ups = list(placement.follow_ups.order_by("number"))
        assert [f.due_on for f in follow_ups] == planned[: len(follow_ups)]
        if len(follow_ups) < len(planned):  # the rest were cancelled when the worker left
            assert follow_ups[-1].outcome == Outcome.LEFT
        for follow_up in follow_ups:
            if follow_up.done_on is not None:
                assert follow_up.channel and follow_up.outcome
                assert follow_up.done_by == placement.worker.counsellor
                follow_up.full_clean()
    assert FollowUp.objects.overdue(today).count() >= 3
    assert FollowUp.objects.filter(done_on__isnull=False).count() >= 20
    assert FollowUp.objects.due_soon(today, 30).exists()
    assert set(FollowUp.objects.exclude(outcome="").values_list("outcome", flat=True)) == set(
        Outcome.values
    )

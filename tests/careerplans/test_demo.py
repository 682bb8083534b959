"""The demo career plans (careerplans/demo.py): 20 plans, five changed by a second version with
its reason, steps with due dates and statuses, and most versions handed over (6.1.2, 6.1.3)."""

import pytest

from careerplans.models import CareerPlan, PlanDelivery, PlanVersion, StepStatus
from portal.dates import lhasa_today

pytestmark = pytest.mark.django_db


def test_twenty_plans_some_changed_with_a_reason_most_handed_over(demo_database):
    """6.1.2: every version holds the parts and dated steps; version 2 says why it changed and
    was written after version 1. 6.1.3: most versions were delivered, by the counsellor."""
    plans = list(CareerPlan.objects.select_related("worker"))
    assert len(plans) == 20
    changed = [plan for plan in plans if plan.versions.count() == 2]
    assert len(changed) == 5
    assert all(plan.versions.count() in (1, 2) for plan in plans)
    for plan in changed:
        first, second = plan.versions.order_by("number")
        assert second.reason_for_change and not first.reason_for_change
        assert first.created_at < second.created_at
        assert second.employment_goal != first.employment_goal
        assert second.steps.count() == first.steps.count() + 1
    today = lhasa_today()
    statuses = set()
    for version in PlanVersion.objects.select_related("worker", "plan"):
        assert version.worker == version.plan.worker
        assert version.author == version.worker.counsellor
        assert version.self_awareness and version.local_industry and version.development_path
        assert version.created_at.date() < today
        steps = list(version.steps.all())
        assert len(steps) >= 3
        statuses |= {step.status for step in steps}
        if version == version.plan.latest():
            for step in steps:
                if step.status in (StepStatus.PLANNED, StepStatus.IN_PROGRESS):
                    assert step.due_on >= today, step
    assert statuses == set(StepStatus.values)
    delivered = {delivery.version.plan for delivery in PlanDelivery.objects.all()}
    assert 15 <= len(delivered) < 20
    for delivery in PlanDelivery.objects.select_related("version__worker"):
        assert delivery.delivered_by == delivery.version.worker.counsellor
        assert delivery.delivered_on >= delivery.version.created_at.date()

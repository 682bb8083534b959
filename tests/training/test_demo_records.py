"""The demo training records (training/records/demo.py): training plans and enrolments of 15
demo workers, only in courses of qualified institutions (6.2.1–6.2.3)."""

import pytest

from training.models import CoursePage
from training.records.models import Enrolment, EnrolmentStatus, TrainingPlan

pytestmark = pytest.mark.django_db


def test_fifteen_training_plans_and_enrolments_at_qualified_institutions(demo_database):
    """6.2.1: a plan with need, goal and occupation for each of 15 workers. 6.2.2: every
    enrolment's course is a demo catalogue course whose institution was qualified on the
    enrolment date. 6.2.3: completions carry a certificate, the one drop-out its reason, and
    the courses under way progress notes."""
    plans = TrainingPlan.objects.select_related("worker")
    assert plans.count() == 15
    assert len({plan.worker for plan in plans}) == 15
    for plan in plans:
        assert plan.recorded_by == plan.worker.counsellor
        assert plan.need and plan.goal and plan.occupation.level == 4
    catalogue = CoursePage.objects.live().filter(locale__language_code="zh-hans")
    enrolments = list(Enrolment.objects.select_related("worker", "plan", "course"))
    assert len(enrolments) == 14
    for enrolment in enrolments:
        assert catalogue.filter(pk=enrolment.course.pk).exists()
        qualified = CoursePage.objects.qualified_on(enrolment.enrolled_on)
        assert qualified.filter(pk=enrolment.course.pk).exists(), enrolment
        assert enrolment.plan.worker == enrolment.worker
        assert enrolment.plan.identified_on <= enrolment.enrolled_on
        assert enrolment.recorded_by == enrolment.worker.counsellor
        enrolment.full_clean()
        for note in enrolment.progress_notes.all():
            assert note.by == enrolment.worker.counsellor
            assert enrolment.enrolled_on <= note.date
    completed = [e for e in enrolments if e.status == EnrolmentStatus.COMPLETED]
    assert len(completed) >= 5
    assert all(e.certificate_name and e.certificate_number for e in completed)
    (dropped,) = [e for e in enrolments if e.status == EnrolmentStatus.DROPPED]
    assert dropped.dropped_reason
    under_way = [e for e in enrolments if e.status == EnrolmentStatus.ENROLLED]
    assert sum(1 for e in under_way if e.progress_notes.exists()) >= 2

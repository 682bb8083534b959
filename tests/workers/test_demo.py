"""The demo workers (workers/demo.py): 40 invented people in every district and county and in
every target group of clause 5.1, each with consent and a responsible counsellor."""

import pytest

from portal.choices import District, TargetGroupCode
from portal.idcard import parse_id_number
from workers.models import Worker

pytestmark = pytest.mark.django_db


def test_forty_workers_in_every_district_and_county_and_every_group(demo_database):
    workers = list(Worker.objects.select_related("home_township__area", "counsellor"))
    assert len(workers) == 40
    assert {worker.home_township.area.code for worker in workers} == set(District.values)
    groups = {group for worker in workers for group in worker.target_groups()}
    assert groups == {
        TargetGroupCode.LONG_TERM_RETURNEES,
        TargetGroupCode.WOMEN,
        TargetGroupCode.YOUTH,
        TargetGroupCode.ETHNIC_MINORITIES,
    }
    assert any(not worker.target_groups() for worker in workers)  # "others" too
    for worker in workers:
        assert worker.consents.filter(purpose="service").exists(), worker
        assert worker.counsellor is not None
        if worker.id_number:
            parsed = parse_id_number(worker.id_number)  # valid check characters
            assert parsed.birth_date == worker.date_of_birth
            assert parsed.male == (worker.gender == "male")
        assert worker.phone.startswith("1390000")


def test_demo_counsellors_cannot_sign_in(client, demo_database):
    counsellors = {worker.counsellor for worker in Worker.objects.select_related("counsellor")}
    for counsellor in counsellors:
        assert not counsellor.has_usable_password()
        assert counsellor.staff_profile.service_centre is not None
        response = client.post("/admin/login/", {"username": counsellor.username, "password": ""})
        assert "_auth_user_id" not in client.session, response.status_code


def test_every_demo_history_is_kept_by_the_workers_own_counsellor(demo_database):
    """6.1–6.5: the histories of the other apps' demo loaders (assessments, plans, training,
    placements, interviews, business projects) name the worker's own counsellor, and those
    workers are in that counsellor's caseload."""
    workers = Worker.objects.select_related("counsellor")
    served = 0
    for worker in workers:
        counsellor = worker.counsellor
        authors = {
            *(a.assessor for a in worker.assessments.all()),
            *(v.author for v in worker.career_plan_versions.all()),
            *(p.recorded_by for p in worker.training_plans.all()),
            *(e.recorded_by for e in worker.enrolments.all()),
            *(p.recorded_by for p in worker.placements.all()),
            *(
                f.done_by
                for p in worker.placements.all()
                for f in p.follow_ups.exclude(done_on=None)
            ),
            *(i.arranged_by for i in worker.interviews.all()),
        }
        assert authors <= {counsellor}, worker
        if authors or worker.business_projects.exists():
            served += 1
            assert Worker.objects.visible_to(counsellor).filter(pk=worker.pk).exists()
    assert served >= 30

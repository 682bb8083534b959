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

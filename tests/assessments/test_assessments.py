"""Staff ability assessments (clauses 6.1.1 and 4.4.1(2)): a counsellor scores skill level,
employment willingness and job fit with evidence, sums up and recommends a next step. Each
assessment is kept; it may be corrected on its own day only, later a new one is recorded."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import StaffAssessment
from workers.models import Consent, Worker

DAY_IN_2019 = datetime.datetime(2019, 4, 1, 10, tzinfo=datetime.UTC)
pytestmark = pytest.mark.django_db


def assessment_data(worker, **fields):
    return {
        "worker": worker.pk,
        "assessed_on": "2026-11-20",
        "skill_score": "3",
        "skill_evidence": "在成都做过三年钢筋工，无证书。",
        "willingness_score": "5",
        "willingness_evidence": "ལས་ཀ་བྱེད་འདོད་ཆེན་པོ་ཡོད། 希望在拉萨附近工作。",
        "fit_score": "4",
        "fit_evidence": "达孜区有建筑岗位。",
        "summary": "建议先参加电工培训。",
        "next_step": "training",
        **fields,
    }


def record(client, user, worker, **fields):
    client.force_login(user)
    return client.post(reverse("assessments:add"), assessment_data(worker, **fields))


@pytest.fixture
def worker(make_worker, counsellor):
    return make_worker(counsellor=counsellor)


def test_an_assessment_is_recorded_with_its_assessor(client, counsellor, worker):
    """6.1.1: the three dimensions with evidence, a summary and a next step; the assessor is
    who signed in, whatever the form says."""
    response = record(client, counsellor, worker, assessor="999")
    assert response.status_code == 302, response.context["form"].errors
    assessment = StaffAssessment.objects.get()
    assert assessment.assessor == counsellor
    assert (assessment.skill_score, assessment.willingness_score, assessment.fit_score) == (3, 5, 4)
    assert assessment.next_step == "training"
    assert assessment.get_skill_score_display().startswith("3 – ")


def test_the_worker_page_links_to_recording_an_assessment(client, counsellor, worker):
    client.force_login(counsellor)
    page = client.get(reverse("workers:inspect", args=(worker.pk,))).content.decode()
    assert f"{reverse('assessments:add')}?worker={worker.pk}" in page
    form = client.get(f"{reverse('assessments:add')}?worker={worker.pk}")
    assert form.context["form"].initial["worker"] == str(worker.pk)


def test_every_assessment_is_kept_newest_first_on_the_timeline(client, counsellor, worker):
    """6.1.1: a later assessment does not replace an earlier one; the history shows both."""
    record(client, counsellor, worker, assessed_on="2026-03-02", next_step="training")
    record(client, counsellor, worker, assessed_on="2026-11-20", next_step="matching")
    assert StaffAssessment.objects.filter(worker=worker).count() == 2
    page = client.get(reverse("workers:inspect", args=(worker.pk,)))
    entries = [e for e in page.context["timeline"] if e.url.startswith("/admin/assessments/")]
    assert [e.when for e in entries] == [datetime.date(2026, 11, 20), datetime.date(2026, 3, 2)]
    assert [str(e.detail) for e in entries] == ["岗位匹配", "技能培训"]


def test_an_assessment_can_be_corrected_on_its_own_day(client, counsellor, worker):
    record(client, counsellor, worker)
    assessment = StaffAssessment.objects.get()
    response = client.post(
        reverse("assessments:edit", args=(assessment.pk,)),
        assessment_data(worker, summary="更正：建议先参加焊工培训。"),
    )
    assert response.status_code == 302
    assert StaffAssessment.objects.get().summary == "更正：建议先参加焊工培训。"


def test_an_assessment_is_not_changed_after_its_day(client, counsellor, worker):
    """6.1.1: the record of an earlier day stands; the form says to record a new one."""
    record(client, counsellor, worker)
    assessment = StaffAssessment.objects.get()
    yesterday = timezone.now() - datetime.timedelta(days=1)
    StaffAssessment.objects.filter(pk=assessment.pk).update(created_at=yesterday)
    response = client.post(
        reverse("assessments:edit", args=(assessment.pk,)),
        assessment_data(worker, summary="改写"),
    )
    assert response.status_code == 200
    assert "新的评估" in response.content.decode()
    assert [e.code for e in response.context["form"].non_field_errors().as_data()] == ["closed"]
    assert StaffAssessment.objects.get().summary == "建议先参加电工培训。"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"skill_score": "6"}, "skill_score"),
        ({"fit_evidence": ""}, "fit_evidence"),
        ({"next_step": "lottery"}, "next_step"),
        ({"assessed_on": "2026-02-30"}, "assessed_on"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(client, counsellor, worker, fields, field):
    response = record(client, counsellor, worker, **fields)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not StaffAssessment.objects.exists()


def test_another_counsellors_worker_is_refused(client, counsellor, other_counsellor, make_worker):
    """Issue 6, caseload: no assessment for, nor view of, a worker outside one's caseload."""
    theirs = make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)
    response = record(client, counsellor, theirs)
    assert response.status_code == 200 and "worker" in response.context["form"].errors
    assert not StaffAssessment.objects.exists()
    record(client, other_counsellor, theirs)
    assessment = StaffAssessment.objects.get()
    client.force_login(counsellor)
    for view in ["inspect", "edit", "delete"]:
        response = client.get(reverse(f"assessments:{view}", args=(assessment.pk,)))
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert client.get(reverse("assessments:index")).context["object_list"].count() == 0


def test_only_supervisors_delete_an_assessment_and_only_after_five_years(
    client, counsellor, supervisor, worker
):
    """6.5.3: kept at least five years after the worker's last service."""
    record(client, counsellor, worker)
    assessment = StaffAssessment.objects.get()
    url = reverse("assessments:delete", args=(assessment.pk,))
    assert client.post(url)["Location"] == reverse("wagtailadmin_home")
    assert StaffAssessment.objects.exists()
    client.force_login(supervisor)
    assert client.post(url).status_code == 302
    assert StaffAssessment.objects.exists()  # served today: kept
    long_ago = datetime.date(2019, 4, 1)
    StaffAssessment.objects.update(assessed_on=long_ago, created_at=DAY_IN_2019)
    Worker.objects.filter(pk=worker.pk).update(created_at=DAY_IN_2019)
    Consent.objects.filter(worker=worker).update(given_on=long_ago)
    assert client.post(url).status_code == 302
    assert not StaffAssessment.objects.exists()

"""A worker's training in the back office (clauses 6.2.1–6.2.3): a training plan from the
worker's needs, enrolment only into a course whose institution is qualified on the enrolment
date, progress notes, and the result — a certificate when completed, a reason when dropped —
on the worker's timeline. Everything stays within the counsellor's caseload."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from portal.dates import lhasa_today
from tests.workers import conftest as archive
from training.models import Enrolment, TrainingPlan

pytestmark = pytest.mark.django_db

# The worker archive's fixtures, for this folder's tests of a worker's training.
counsellor = archive.counsellor
other_counsellor = archive.other_counsellor
township = archive.township
make_worker = archive.make_worker

TODAY = lhasa_today()
NOT_QUALIFIED = "不具备有效资质"  # the Chinese of the refusal the staff read


def day(offset=0):
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def worker(make_worker, counsellor):
    return make_worker(counsellor=counsellor)


@pytest.fixture
def theirs(make_worker, other_counsellor):
    return make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)


@pytest.fixture
def courses(catalogue):
    return {
        "qualified": catalogue.course("中式烹调师初级班"),
        "lapsed": catalogue.course("砌筑工培训班", institution=catalogue.lapsed),
    }


def enrolment_data(worker, course, **fields):
    data = {
        "worker": worker.pk,
        "enrolled_on": day(),
        "plan": "",
        "course": course.pk,
        "status": "enrolled",
        "completed_on": "",
        "certificate_name": "",
        "certificate_number": "",
        "dropped_on": "",
        "dropped_reason": "",
        "progress_notes": inline_formset([]),
        **fields,
    }
    return nested_form_data(data)


def enrol(client, user, data):
    client.force_login(user)
    return client.post(reverse("enrolments:add"), data)


def change(client, user, enrolment, data):
    client.force_login(user)
    return client.post(reverse("enrolments:edit", args=(enrolment.pk,)), data)


def errors(response):
    assert response.status_code == 200, response.status_code
    return response.context["form"].errors


# -------------------------------------------------------------------------------------------
# 6.2.2: only qualified institutions
# -------------------------------------------------------------------------------------------


def test_the_course_list_offers_only_qualified_institutions_courses(
    client, counsellor, worker, courses, catalogue
):
    """6.2.2: the choice list offers the courses of qualified institutions, in Chinese once."""
    client.force_login(counsellor)
    response = client.get(reverse("enrolments:add") + f"?worker={worker.pk}")
    offered = set(response.context["form"].fields["course"].queryset)
    assert offered == {courses["qualified"]}
    assert catalogue.tibetan_of(courses["qualified"]) not in offered
    content = response.content.decode()
    assert "中式烹调师初级班" in content and "砌筑工培训班" not in content


def test_a_course_of_a_lapsed_institution_is_refused_and_nothing_saved(
    client, counsellor, worker, courses
):
    """6.2.2: an institution whose licence has lapsed cannot receive a worker."""
    response = enrol(client, counsellor, enrolment_data(worker, courses["lapsed"]))
    assert "course" in errors(response)
    assert NOT_QUALIFIED in response.content.decode()
    assert not Enrolment.objects.exists()


def test_qualification_counts_on_the_enrolment_date(client, counsellor, worker, courses):
    """6.2.2: an enrolment made while the licence was valid is recorded; one dated after the
    licence ends is refused."""
    past = enrolment_data(worker, courses["lapsed"], enrolled_on=day(-5))
    assert enrol(client, counsellor, past).status_code == 302
    assert Enrolment.objects.get().course == courses["lapsed"]

    beyond = enrolment_data(worker, courses["qualified"], enrolled_on=day(400))
    response = enrol(client, counsellor, beyond)
    assert NOT_QUALIFIED in response.content.decode()
    assert Enrolment.objects.count() == 1


def test_the_model_refuses_a_lapsed_institution_whatever_the_form(worker, courses):
    """6.2.2: the rule lives in the model, for every way of saving an enrolment."""
    enrolment = Enrolment(worker=worker, course=courses["lapsed"], enrolled_on=TODAY)
    with pytest.raises(ValidationError) as refused:
        enrolment.full_clean()
    assert "course" in refused.value.message_dict


# -------------------------------------------------------------------------------------------
# 6.2.3: progress and result
# -------------------------------------------------------------------------------------------


@pytest.fixture
def enrolment(worker, courses, counsellor):
    return Enrolment.objects.create(
        worker=worker, course=courses["qualified"], enrolled_on=TODAY, recorded_by=counsellor
    )


def test_a_completed_course_needs_its_certificate(client, counsellor, enrolment, worker):
    """6.2.3: the result of a completed course is the certificate obtained."""
    data = enrolment_data(worker, enrolment.course, status="completed", completed_on=day())
    found = errors(change(client, counsellor, enrolment, data))
    assert {"certificate_name", "certificate_number"} <= set(found)
    enrolment.refresh_from_db()
    assert enrolment.status == "enrolled"

    data = enrolment_data(
        worker,
        enrolment.course,
        status="completed",
        completed_on=day(),
        certificate_name="中式烹调师（五级）",
        certificate_number="S000054010005153001",
    )
    assert change(client, counsellor, enrolment, data).status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.status == "completed"
    assert enrolment.certificate_number == "S000054010005153001"


def test_a_dropped_course_needs_a_reason(client, counsellor, enrolment, worker):
    """6.2.3: dropping out is recorded with its reason and day."""
    data = enrolment_data(worker, enrolment.course, status="dropped", dropped_reason="  ")
    found = errors(change(client, counsellor, enrolment, data))
    assert {"dropped_on", "dropped_reason"} <= set(found)
    assert Enrolment.objects.get().status == "enrolled"


def test_a_result_cannot_come_before_the_enrolment(client, counsellor, enrolment, worker):
    """6.2.3: a course is not completed before the worker enrolled."""
    data = enrolment_data(
        worker,
        enrolment.course,
        status="completed",
        completed_on=day(-3),
        certificate_name="证书",
        certificate_number="1",
    )
    assert "completed_on" in errors(change(client, counsellor, enrolment, data))


def test_progress_notes_keep_who_wrote_them(client, counsellor, enrolment, worker):
    """6.2.3: tracking progress; the note's author is the member of staff who saved it."""
    notes = inline_formset([{"date": day(), "note": "第一周全勤，刀工考核合格。"}])
    data = enrolment_data(worker, enrolment.course, progress_notes=notes)
    assert change(client, counsellor, enrolment, data).status_code == 302
    note = enrolment.progress_notes.get()
    assert note.by == counsellor and "刀工" in note.note


def test_a_plan_of_another_worker_cannot_be_attached(
    client, counsellor, worker, make_worker, courses
):
    """6.2.1: an enrolment follows the worker's own training plan."""
    other = make_worker(name="央金", phone="13800000002", counsellor=counsellor)
    plan = TrainingPlan.objects.create(worker=other, need="学烹饪", goal="五级证书")
    data = enrolment_data(worker, courses["qualified"], plan=plan.pk)
    assert "plan" in errors(enrol(client, counsellor, data))
    assert not Enrolment.objects.exists()


# -------------------------------------------------------------------------------------------
# 6.2.1: the training plan, and the timeline
# -------------------------------------------------------------------------------------------


def plan_data(worker, **fields):
    data = {
        "worker": worker.pk,
        "identified_on": day(),
        "need": "想在县城餐馆做厨师，缺少烹饪基本功。",
        "occupation": "",
        "goal": "取得中式烹调师五级证书，到餐馆就业。",
        **fields,
    }
    return nested_form_data(data)


def test_a_counsellor_makes_a_training_plan(client, counsellor, worker, occupations):
    """6.2.1: the training need, the occupation it aims at, and who recorded it."""
    client.force_login(counsellor)
    data = plan_data(worker, occupation=occupations["4-03-02-01"].pk)
    assert client.post(reverse("training_plans:add"), data).status_code == 302
    plan = TrainingPlan.objects.get()
    assert plan.recorded_by == counsellor and plan.occupation.code == "4-03-02-01"


def test_the_worker_page_offers_the_training_actions(client, counsellor, worker):
    """6.2: the worker page leads to planning training and to enrolling, for that worker."""
    client.force_login(counsellor)
    content = client.get(reverse("workers:inspect", args=(worker.pk,))).content.decode()
    for name in ("training_plans:add", "enrolments:add"):
        assert f"{reverse(name)}?worker={worker.pk}" in content
        response = client.get(reverse(name), {"worker": worker.pk})
        assert response.context["form"].initial["worker"] == str(worker.pk)
    assert "制定培训计划" in content and "报名参加培训" in content


def test_the_timeline_shows_plans_enrolments_and_results(
    client, counsellor, worker, courses, catalogue
):
    """6.2.1–6.2.3: plan made, enrolled, completed with its certificate, dropped with its
    reason, on the worker's timeline."""
    TrainingPlan.objects.create(worker=worker, need="缺少烹饪基本功", goal="五级证书")
    Enrolment.objects.create(
        worker=worker,
        course=courses["qualified"],
        status="completed",
        completed_on=TODAY,
        certificate_name="中式烹调师（五级）",
        certificate_number="S0001",
    )
    other = catalogue.course("导游基础班", occupation=catalogue.occupations["4-07-04-01"])
    Enrolment.objects.create(
        worker=worker, course=other, status="dropped", dropped_on=TODAY, dropped_reason="家中农忙"
    )
    client.force_login(counsellor)
    content = client.get(reverse("workers:inspect", args=(worker.pk,))).content.decode()
    for expected in [
        "制定培训计划</a>: 缺少烹饪基本功",
        "报名参加培训</a>: 中式烹调师初级班",
        "完成培训</a>: 中式烹调师初级班；证书 中式烹调师（五级） S0001",
        "中途退出培训</a>: 导游基础班；原因：家中农忙",
    ]:
        assert expected in content


# -------------------------------------------------------------------------------------------
# The caseload and hostile input
# -------------------------------------------------------------------------------------------


def refused(client, user, url):
    client.force_login(user)
    response = client.get(url)
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history"])
def test_another_counsellors_records_are_refused(client, counsellor, theirs, courses, view):
    """6.2 within the caseload: another counsellor's worker's plan and enrolment stay shut."""
    plan = TrainingPlan.objects.create(worker=theirs, need="学砌筑", goal="上岗")
    enrolment = Enrolment.objects.create(worker=theirs, course=courses["qualified"])
    assert refused(client, counsellor, reverse(f"training_plans:{view}", args=(plan.pk,)))
    assert refused(client, counsellor, reverse(f"enrolments:{view}", args=(enrolment.pk,)))


def test_another_counsellors_worker_is_neither_listed_nor_enrolled(
    client, counsellor, worker, theirs, courses
):
    """6.2 within the caseload: the lists and the worker choice hold only the caseload."""
    Enrolment.objects.create(worker=theirs, course=courses["qualified"])
    client.force_login(counsellor)
    listed = client.get(reverse("enrolments:index")).context["object_list"]
    assert list(listed) == []
    response = enrol(client, counsellor, enrolment_data(theirs, courses["qualified"]))
    assert "worker" in errors(response)
    assert Enrolment.objects.filter(worker=theirs).count() == 1
    assert client.post(reverse("training_plans:add"), plan_data(theirs)).status_code == 200
    assert not TrainingPlan.objects.exists()


def test_hostile_text_is_refused_or_escaped_never_a_server_error(client, counsellor, worker):
    """6.2.1 bad input: overlong text gets a message; tags are shown as text; emoji are kept."""
    client.force_login(counsellor)
    response = client.post(reverse("training_plans:add"), plan_data(worker, need="长" * 5000))
    assert "need" in errors(response)
    assert not TrainingPlan.objects.exists()

    need = "<script>alert('x')</script><b>粗体</b> 想学烹饪 🍜🙏"
    response = client.post(reverse("training_plans:add"), plan_data(worker, need=need))
    assert response.status_code == 302
    assert TrainingPlan.objects.get().need == need
    content = client.get(reverse("workers:inspect", args=(worker.pk,))).content.decode()
    assert "<script>alert" not in content and "&lt;script&gt;" in content
    assert "🍜🙏" in content
    plan = TrainingPlan.objects.get()
    assert client.get(reverse("training_plans:inspect", args=(plan.pk,))).status_code == 200

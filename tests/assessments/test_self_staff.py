"""The self-assessment in the staff admin (clauses 5.2(4), 6.1.1): a counsellor finds a result
by the reference the worker brings, reads it, and attaches it to a worker of their caseload,
where it shows on the worker's timeline; another counsellor's worker is refused; supervisors
edit the instrument, counsellors do not."""

import pytest
from django.urls import reverse

from assessments.models import Questionnaire, SelfAssessment
from audit.models import AuditEntry
from workers.timeline import timeline

pytestmark = pytest.mark.django_db


@pytest.fixture
def result(db):
    return SelfAssessment.objects.create(
        reference="KXM4PT7A",
        questionnaire=Questionnaire.objects.current(),
        language="bo",
        answers={},
        scores={"R": 31, "I": 12, "A": 25, "S": 8, "E": 4, "C": 3, "skill": 10},
        interest_code="RAI",
    )


@pytest.fixture
def other_result(db):
    return SelfAssessment.objects.create(
        reference="QW3ERT9Y",
        questionnaire=Questionnaire.objects.current(),
        language="zh-hans",
        answers={},
        scores={"S": 20},
        interest_code="S",
    )


def refused(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("typed", ["KXM4-PT7A", "kxm4pt7a", " kxm4 pt7a "])
def test_a_counsellor_finds_a_result_by_its_reference(
    client, counsellor, result, other_result, typed
):
    """5.2(4): the reference the worker brings opens their result, however it is typed."""
    client.force_login(counsellor)
    response = client.get(reverse("self_assessments:index"), {"q": typed})
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [result]
    page = client.get(reverse("self_assessments:inspect", args=(result.pk,)))
    assert page.status_code == 200
    text = page.content.decode()
    assert "KXM4-PT7A" in text and "RAI" in text and "R 31" in text
    assert "<svg" in text and "实用型: 31 / 40" in text


def test_a_counsellor_attaches_a_result_to_a_worker_of_their_caseload(
    client, counsellor, make_worker, result
):
    """6.1.1: the result joins the worker's record and timeline; the attachment is audited."""
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    response = client.post(
        reverse("self_assessments:edit", args=(result.pk,)), {"worker": worker.pk}
    )
    assert response.status_code == 302
    result.refresh_from_db()
    assert result.worker == worker
    entries = [entry for entry in timeline(worker) if "KXM4-PT7A" in entry.detail]
    assert len(entries) == 1 and "RAI" in entries[0].detail
    assert AuditEntry.objects.filter(worker=worker, action="change").exists()


def test_another_counsellors_worker_is_refused(
    client, counsellor, other_counsellor, make_worker, result
):
    """6.1.1: a worker outside the caseload can neither be chosen nor have their result read."""
    theirs = make_worker(counsellor=other_counsellor)
    client.force_login(counsellor)
    response = client.post(
        reverse("self_assessments:edit", args=(result.pk,)), {"worker": theirs.pk}
    )
    assert response.status_code == 200 and response.context["form"].errors["worker"]
    result.refresh_from_db()
    assert result.worker is None
    result.worker = theirs
    result.save()
    assert refused(client.get(reverse("self_assessments:inspect", args=(result.pk,))))
    mine = make_worker(name="卓玛", phone="13800000002", counsellor=counsellor)
    response = client.post(reverse("self_assessments:edit", args=(result.pk,)), {"worker": mine.pk})
    assert refused(response)
    result.refresh_from_db()
    assert result.worker == theirs


def test_only_supervisors_edit_the_instrument(client, counsellor, supervisor):
    """5.2(4): the questions and scoring keys are kept by supervisors in the admin."""
    questionnaire = Questionnaire.objects.current()
    client.force_login(counsellor)
    url = reverse("self_assessment_questionnaires:edit", args=(questionnaire.pk,))
    assert refused(client.get(url))
    client.force_login(supervisor)
    assert client.get(url).status_code == 200
    scale_page = client.get(reverse("self_assessment_scales:index"))
    assert scale_page.status_code == 200 and "喜欢程度" in scale_page.content.decode()


def test_taking_it_with_a_worker_opens_the_public_questionnaire(client, counsellor):
    """5.2(4): a paper questionnaire is entered through the same form, so it is scored alike."""
    client.force_login(counsellor)
    response = client.get(reverse("self_assessments:add"))
    assert response.status_code == 302 and response["Location"] == "/self-assessment/"

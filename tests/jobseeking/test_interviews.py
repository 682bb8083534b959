"""Interviews the service arranges for a worker (clause 6.3.3: arranging interviews): when and
where, with which employer or job, who arranged it, and its outcome, on the worker's timeline,
within the counsellor's caseload."""

import datetime
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data

from jobs.models import Employer, JobIndexPage, JobPage
from jobseeking.models import Interview
from portal.dates import LHASA, lhasa_today

pytestmark = pytest.mark.django_db


def moment(days):
    return (timezone.now() + timedelta(days=days)).astimezone(LHASA)


def interview_data(worker, **fields):
    when = moment(2)
    data = {
        "worker": worker.pk,
        "job": "",
        "employer_name": "拉萨雪域餐饮有限公司",
        "when": when.strftime("%Y-%m-%d %H:%M"),
        "place": "城关区北京中路12号",
        "outcome": "pending",
        "notes": "",
        **fields,
    }
    return nested_form_data(data)


def arrange(client, user, data):
    client.force_login(user)
    return client.post(reverse("interviews:add"), data)


def errors(response):
    assert response.status_code == 200, response.status_code
    return response.context["form"].errors


def test_a_counsellor_arranges_an_interview(client, counsellor, worker):
    """6.3.3: the interview is recorded with who arranged it, outcome not known yet."""
    response = arrange(client, counsellor, interview_data(worker))
    assert response.status_code == 302, errors(response)
    interview = Interview.objects.get()
    assert interview.arranged_by == counsellor and interview.outcome == "pending"
    assert interview.employer_name == "拉萨雪域餐饮有限公司"


def test_the_employer_of_the_chosen_job_is_taken(client, counsellor, worker, site, occupations):
    """6.3.3: an interview for a job on the portal names the job's employer."""
    employer = Employer.objects.create(
        name="拉萨市达孜区雪域建筑工程有限公司",
        credit_code="91540100MA6T123477",
        contact_person="次仁",
        phone="13908901234",
        township=worker.home_township,
        address="德庆镇滨河路8号",
    )
    index = site["home"].add_child(instance=JobIndexPage(title="招聘岗位", slug="jobs"))
    job = index.add_child(
        instance=JobPage(
            title="招聘砌筑工",
            slug="mason",
            employer=employer,
            occupation=occupations["6-29-01-01"],
            township=worker.home_township,
            wage_min=5000,
            wage_max=6500,
            working_hours="每天8小时",
            closing_date=lhasa_today() + timedelta(days=30),
            description="<p>砌筑。</p>",
            how_to_apply="<p>电话联系。</p>",
        )
    )
    data = interview_data(worker, job=job.pk, employer_name="")
    assert arrange(client, counsellor, data).status_code == 302
    assert Interview.objects.get().employer_name == "拉萨市达孜区雪域建筑工程有限公司"


def test_an_interview_needs_an_employer_or_a_job(client, counsellor, worker):
    data = interview_data(worker, employer_name="   ")
    assert "employer_name" in errors(arrange(client, counsellor, data))
    assert not Interview.objects.exists()


def test_the_outcome_is_recorded_after_the_interview(client, counsellor, worker):
    """6.3.3: the outcome of an interview that has taken place: offered, refused, …"""
    interview = Interview.objects.create(
        worker=worker, employer_name="拉萨雪域餐饮有限公司", when=moment(-1), place="城关区"
    )
    client.force_login(counsellor)
    data = interview_data(
        worker,
        when=moment(-1).strftime("%Y-%m-%d %H:%M"),
        outcome="offered",
        notes="试用期一个月",
    )
    response = client.post(reverse("interviews:edit", args=(interview.pk,)), data)
    assert response.status_code == 302, errors(response)
    interview.refresh_from_db()
    assert interview.outcome == "offered" and interview.notes == "试用期一个月"


def test_an_outcome_before_the_interview_is_refused(client, counsellor, worker):
    """6.3.3: an interview still to come has no outcome yet."""
    response = arrange(client, counsellor, interview_data(worker, outcome="offered"))
    assert "outcome" in errors(response)
    assert "尚未进行" in response.content.decode()
    assert not Interview.objects.exists()


def test_the_timeline_shows_the_interview_and_its_outcome(client, counsellor, worker):
    """6.3.3 on the worker's timeline: with whom, where, and what came of it."""
    Interview.objects.create(
        worker=worker,
        employer_name="拉萨雪域餐饮有限公司",
        when=timezone.make_aware(datetime.datetime(2026, 11, 2, 10, 0), LHASA),
        place="城关区",
        outcome="no_show",
    )
    client.force_login(counsellor)
    content = client.get(reverse("workers:inspect", args=(worker.pk,))).content.decode()
    assert ">2026-11-02</time>" in content
    assert "面试：拉萨雪域餐饮有限公司</a>: 城关区；结果：本人未到场" in content
    assert f"{reverse('interviews:add')}?worker={worker.pk}" in content


@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history"])
def test_another_counsellors_interview_is_refused(client, counsellor, theirs, view):
    """6.3.3 within the caseload."""
    interview = Interview.objects.create(
        worker=theirs, employer_name="某公司", when=moment(1), place="城关区"
    )
    client.force_login(counsellor)
    response = client.get(reverse(f"interviews:{view}", args=(interview.pk,)))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_another_counsellors_worker_cannot_be_given_an_interview(
    client, counsellor, worker, theirs
):
    Interview.objects.create(worker=theirs, employer_name="某公司", when=moment(1), place="城关区")
    client.force_login(counsellor)
    assert list(client.get(reverse("interviews:index")).context["object_list"]) == []
    assert "worker" in errors(arrange(client, counsellor, interview_data(theirs)))
    assert Interview.objects.count() == 1


def test_hostile_input_is_refused_or_escaped(client, counsellor, worker):
    """Bad input: overlong text gets a message, tags are shown as text, emoji are kept."""
    response = arrange(client, counsellor, interview_data(worker, place="地" * 500))
    assert "place" in errors(response)
    assert not Interview.objects.exists()

    notes = "<script>alert(1)</script> 🙏 " + "很" * 1900
    name = "<b>雪域</b>餐饮🍜"
    data = interview_data(worker, employer_name=name, notes=notes, when="not a date")
    assert "when" in errors(arrange(client, counsellor, data))
    data = interview_data(worker, employer_name=name, notes=notes)
    assert arrange(client, counsellor, data).status_code == 302
    interview = Interview.objects.get()
    assert interview.notes == notes
    for url in [
        reverse("workers:inspect", args=(worker.pk,)),
        reverse("interviews:inspect", args=(interview.pk,)),
        reverse("interviews:index"),
    ]:
        content = client.get(url).content.decode()
        assert "<b>雪域</b>" not in content and "&lt;b&gt;雪域" in content
        assert "🍜" in content


def test_the_interview_form_starts_with_the_worker_of_the_page(client, counsellor, worker):
    """6.3.3: "Arrange an interview" on the worker page opens the form for that worker."""
    client.force_login(counsellor)
    response = client.get(reverse("interviews:add"), {"worker": worker.pk})
    assert response.status_code == 200
    assert response.context["form"].initial["worker"] == str(worker.pk)

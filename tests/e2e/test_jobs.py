"""Jobs in the browser, in both languages (clauses 6.3.1 and 6.3.2): an employer submits a job,
a job reviewer approves it, and a worker finds electricians nearest to home first."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from jobs.demo import demo_credit_code
from jobs.models import Employer, JobPage
from regions.models import Township
from staff.roles import JOB_REVIEWERS

pytestmark = pytest.mark.browser

POST_A_JOB = {"zh-hans": "/employers/post-a-job/", "bo": "/bo/employers/post-a-job/"}
JOBS = {"zh-hans": "/jobs/", "bo": "/bo/jobs/"}
ELECTRICIAN = {"zh-hans": "电工", "bo": "གློག་བཟོ"}
SUBMISSION = {
    "zh-hans": {
        "employer_name": "拉萨浏览器测试建筑有限公司",
        "title": "小区配电房电工",
        "working_hours": "每天8小时",
        "description": "负责小区配电房的值班和检修。",
        "how_to_apply": "打电话预约面试。",
        "contact_person": "次仁",
        "address": "德庆镇滨河路9号",
    },
    "bo": {
        "employer_name": "ལྷ་ས་ཚོད་ལྟའི་ཨར་ལས་ཀུང་སི།",
        "title": "སྡོད་ཁུལ་གྱི་གློག་བཟོ་བ།",
        "working_hours": "ཉིན་རེར་ཆུ་ཚོད་8།",
        "description": "སྡོད་ཁུལ་གྱི་གློག་ཁང་ལ་ལྟ་རྟོག་དང་ཉམས་གསོ་བྱེད།",
        "how_to_apply": "ཁ་པར་བཏང་ནས་ངོ་འཕྲད་ཀྱི་དུས་ཚོད་གཏན་འཁེལ་བྱེད།",
        "contact_person": "ཚེ་རིང་།",
        "address": "བདེ་ཆེན་གྲོང་རྡལ།",
    },
}
CREDIT_NUMBERS = {"zh-hans": 901, "bo": 902}


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_an_employer_submits_a_job(page, demo, language):
    """6.3.1 collection: the public form makes a draft job in review and an unverified
    employer, and gives the employer a reference to quote."""
    texts = SUBMISSION[language]
    township = Township.objects.get(code="dazi-deqing")
    electrician = "6-31-01-03"
    page.goto(POST_A_JOB[language])
    expect(page.locator("html")).to_have_attribute("lang", "bo" if language == "bo" else "zh-Hans")
    page.fill("#id_employer_name", texts["employer_name"])
    page.fill("#id_credit_code", demo_credit_code(CREDIT_NUMBERS[language]))
    page.fill("#id_contact_person", texts["contact_person"])
    page.fill("#id_phone", "13908907777")
    page.select_option("#id_employer_township", str(township.pk))
    page.fill("#id_address", texts["address"])
    page.fill("#id_title", texts["title"])
    occupation = page.locator("#id_occupation option", has_text=re.compile(r"^(电工|གློག་བཟོ་བ།)$"))
    page.select_option("#id_occupation", occupation.first.get_attribute("value"))
    page.fill("#id_headcount", "2")
    page.fill("#id_wage_min", "5000")
    page.fill("#id_wage_max", "6000")
    page.select_option("#id_township", str(township.pk))
    page.check("#id_accommodation")
    page.fill("#id_working_hours", texts["working_hours"])
    page.fill("#id_closing_date", _days_ahead(30))
    page.fill("#id_description", texts["description"])
    page.fill("#id_how_to_apply", texts["how_to_apply"])
    with page.expect_navigation():
        page.locator("form button[type=submit], form input[type=submit]").last.click()

    reference = page.locator(".job-intake__reference strong")
    expect(reference).to_have_text(re.compile(r"J\d{6}"))
    job = JobPage.objects.get(pk=int(reference.inner_text()[1:]))
    assert not job.live and job.title == texts["title"]
    assert job.occupation.code == electrician
    assert job.workflow_in_progress
    assert job.locale.language_code == language
    employer = Employer.objects.get(credit_code=demo_credit_code(CREDIT_NUMBERS[language]))
    assert not employer.verified and job.employer == employer


def test_a_job_reviewer_approves_a_job_and_it_is_published(new_context, demo, portal_url):
    """6.3.1 review: a job waiting for review is published when a job reviewer approves it."""
    job = next(job for job in JobPage.objects.filter(live=False) if job.workflow_in_progress)
    reviewer = get_user_model().objects.create_user(
        f"reviewer-{job.pk}", password="review-password-1", is_active=True
    )
    reviewer.groups.add(Group.objects.get(name=JOB_REVIEWERS))
    page = new_context().new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", reviewer.username)
    page.fill("#id_password", "review-password-1")
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()

    page.goto(f"/admin/pages/{job.pk}/edit/")
    # "Approve and publish", without a comment: in the footer's menu of more actions.
    page.locator("footer .w-dropdown__toggle").click()
    approve = page.locator(
        '[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    with page.expect_navigation():
        approve.click()

    job.refresh_from_db()
    assert job.live and not job.workflow_in_progress
    public = new_context().new_page()
    response = public.goto(portal_url(job))
    assert response.status == 200
    expect(public.locator("h1")).to_have_text(job.title)


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_a_worker_in_dazi_finds_electricians_nearest_first(new_context, demo, language):
    """6.3.2 就近就地: jobs in Dazi come before those in Chengguan, which come before those
    outside Lhasa; the search works without JavaScript and its address can be shared."""
    page = new_context(java_script_enabled=False).new_page()
    page.goto(JOBS[language])
    page.fill("#job-q", ELECTRICIAN[language])
    page.select_option("#job-near", "dazi-deqing")
    with page.expect_navigation():
        page.locator(".job-search__submit button").click()
    assert "near=dazi-deqing" in page.url

    areas = _workplace_areas(page)
    names = _area_names(language)
    dazi = [n for n, area in enumerate(areas) if area == names["dazi"]]
    chengguan = [n for n, area in enumerate(areas) if area == names["chengguan"]]
    away = [n for n, area in enumerate(areas) if area in (names["tibet"], names["outside"])]
    assert dazi and chengguan and away, areas
    assert max(dazi) < min(chengguan) and max(chengguan) < min(away), areas
    first = page.locator(".job-card").first
    expect(first.locator(".job-distance")).to_be_visible()

    with page.expect_navigation():
        first.locator("h2 a").click()
    expect(page.locator(".job-distance-box .job-distance")).to_be_visible()
    expect(page.locator("a.job-appointment")).to_be_visible()


def _workplace_areas(page):
    return [
        text.split("·")[0].strip()
        for text in page.locator(".job-card .job-facts div:first-child dd").all_inner_texts()
    ]


def _area_names(language):
    from regions.models import Area

    column = "name_bo" if language == "bo" else "name_zh"
    return dict(Area.objects.values_list("code", column))


def _days_ahead(days):
    from datetime import timedelta

    from portal.dates import lhasa_today

    return (lhasa_today() + timedelta(days=days)).isoformat()

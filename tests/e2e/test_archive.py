"""The worker archive in the browser (issue 6): a counsellor signs in with a password and an
authenticator code, looks a worker up by phone, records an assessment (6.1.1), writes a career
plan and downloads its PDF (6.1.2–6.1.3), enrols the worker in a qualified course (6.2),
records a placement and sees the first follow-up due 15 days after the start (6.5.1)."""

import datetime
import re

import pyotp
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from placements.models import FollowUp
from portal.dates import lhasa_today
from regions.models import Township
from staff.roles import COUNSELLORS
from training.models import CoursePage
from workers.models import Worker

pytestmark = pytest.mark.browser

PASSWORD = "counsel-password-1"
PHONE = "13900007777"


@pytest.fixture
def counsellor(demo):
    user = get_user_model().objects.create_user("e2e-counsellor", password=PASSWORD)
    user.groups.add(Group.objects.get(name=COUNSELLORS))
    return user


@pytest.fixture
def worker(counsellor):
    return Worker.objects.create(
        name="浏览器测试卓玛",
        phone=PHONE,
        gender="female",
        ethnicity="tibetan",
        tibetan="writes",
        chinese="speaks",
        home_township=Township.objects.get(code="dazi-deqing"),
        counsellor=counsellor,
    )


def sign_in_with_two_factors(page, user):
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()
    # Staff who open workers' records enrol an authenticator first (issue 6, security).
    secret = page.locator("code").first.inner_text().replace(" ", "")
    page.fill("#id_code", pyotp.TOTP(secret).now())
    with page.expect_navigation():
        page.locator("#id_code").press("Enter")


def save(page):
    # Dispatched on the button itself: a date field's calendar, still open after the date was
    # typed, may lie over the button and take a click at its position.
    with page.expect_navigation():
        page.locator("main form footer button[type=submit]").first.dispatch_event("click")


def test_a_counsellor_serves_a_worker_from_assessment_to_follow_up(
    new_context, settings, counsellor, worker
):
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    today = lhasa_today()
    page = new_context(accept_downloads=True).new_page()
    sign_in_with_two_factors(page, counsellor)

    # Look the worker up by phone, written as people say it.
    page.goto("/admin/workers/?q=139+0000+7777")
    with page.expect_navigation():
        page.get_by_role("link", name=worker.name).first.click()
    expect(page.locator("main")).to_contain_text(PHONE)
    worker_page = page.url

    with page.expect_navigation():
        page.get_by_role("link", name="记录能力评估").click()
    expect(page.locator("#id_worker")).to_have_value(str(worker.pk))
    for score in ("skill_score", "willingness_score", "fit_score"):
        page.select_option(f"#id_{score}", "3")
    page.fill("#id_skill_evidence", "会开小型货车。")
    page.fill("#id_willingness_evidence", "想在达孜就近就业。")
    page.fill("#id_fit_evidence", "适合物流配送。")
    page.fill("#id_summary", "建议先做物流岗位。")
    page.select_option("#id_next_step", "plan")
    save(page)
    assert worker.assessments.get().assessor == counsellor

    page.goto(worker_page)
    with page.expect_navigation():
        page.get_by_role("link", name="制定职业规划").click()
    page.fill("#id_self_awareness", "喜欢开车，熟悉达孜的道路。")
    page.fill("#id_local_industry", "达孜工业园区物流企业缺司机。")
    page.fill("#id_employment_goal", "三个月内成为物流配送员。")
    page.fill("#id_development_path", "先考C1驾照，再做配送，之后争取做调度。")
    page.fill("#id_steps-0-what", "报名驾校")
    page.fill("#id_steps-0-due_on", (today + datetime.timedelta(days=20)).isoformat())
    save(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("下载PDF|PDF")).first.click()
    pdf = download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")

    course = next(
        course
        for course in CoursePage.objects.live().filter(locale__language_code="zh-hans")
        if CoursePage.objects.qualified_on(today).filter(pk=course.pk).exists()
    )
    page.goto(worker_page)
    with page.expect_navigation():
        page.get_by_role("link", name="报名参加培训").click()
    page.select_option("#id_course", str(course.pk))
    save(page)
    assert worker.enrolments.filter(course=course).exists()

    page.goto(worker_page)
    with page.expect_navigation():
        page.get_by_role("link", name="记录就业安置").click()
    page.fill("#id_employer_name", "达孜工业园区物流公司")
    page.select_option("#id_workplace", str(Township.objects.get(code="dazi-deqing").pk))
    page.fill("#id_start_date", today.isoformat())
    page.fill("#id_monthly_wage", "4800")
    save(page)

    placement = worker.placements.get()
    first = FollowUp.objects.filter(placement=placement).order_by("due_on").first()
    assert first.due_on == today + datetime.timedelta(days=15)  # 6.5.1
    page.goto(f"/admin/placements/inspect/{placement.pk}/")
    expect(page.locator("main")).to_contain_text(first.due_on.isoformat())

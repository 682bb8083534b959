"""The training catalogue seen through a real browser: a worker who reads Tibetan finds a course
taught in Tibetan, opens it and goes on to ask a counsellor about it (clause 6.2.2).

The same walk runs with JavaScript on and off: the filters are a plain form.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.helpers import AXE, LANGUAGES, TIBETAN, current_path, path_of
from tests.e2e.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe

pytestmark = pytest.mark.browser


def tibetan(text):
    with translation.override("bo"):
        return translation.gettext(text)


def course_at(path):
    from training.models import CoursePage

    courses = CoursePage.objects.live().filter(locale__language_code="bo").with_status()
    return next(course for course in courses if path_of(course) == path)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_worker_finds_a_course_taught_in_tibetan_and_asks_a_counsellor(
    new_context, demo, portal_url, javascript
):
    """6.2.2, 5.2(3), 4.1.3: in the Tibetan site a worker filters the catalogue to courses
    taught in Tibetan, opens one — at a qualified institution, open for enrolment — and follows
    its appointment link to the appointment entry page, which knows the course."""
    from training.models import CourseIndexPage, Language, TrainingInstitution

    page = new_context(java_script_enabled=javascript).new_page()
    index = CourseIndexPage.objects.live().get(locale__language_code="bo")
    response = page.goto(portal_url(index))
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", "bo")
    expect(page.locator("main h1")).to_have_text(index.title)

    filters = page.locator("details.listing__filters")
    if filters.get_attribute("open") is None:
        filters.locator("summary").click()
    page.get_by_role("radio", name=re.compile("^" + tibetan("Taught in Tibetan"))).check()
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=tibetan("Apply filters")).click()
    assert navigation.value.status == 200
    query = parse_qs(urlsplit(page.url).query)
    assert query["language"] == ["bo"]
    expect(
        page.get_by_role("radio", name=re.compile("^" + tibetan("Taught in Tibetan")))
    ).to_be_checked()

    cards = page.locator("article.course-card")
    assert cards.count() >= 2, "the demo has at least two open courses taught in Tibetan"
    listed = []
    for number in range(cards.count()):
        link = cards.nth(number).locator("h2 a")
        course = course_at(urlsplit(link.get_attribute("href")).path)
        assert course.language in (Language.TIBETAN, Language.BOTH), course.title
        assert course.enrolment_status == "open", course.title
        expect(link).to_have_text(course.title)
        assert TIBETAN.search(link.text_content())
        listed.append((number, course))

    number, course = next(item for item in listed if item[1].language == Language.TIBETAN)
    with page.expect_navigation() as navigation:
        cards.nth(number).locator("h2 a").click()
    assert navigation.value.status == 200
    assert current_path(page) == path_of(course)
    expect(page.locator("main h1")).to_have_text(course.title)

    # 6.2.2: the course is at a qualified institution, and the page says so in words.
    assert TrainingInstitution.objects.qualified().filter(pk=course.institution_id).exists()
    qualification = page.locator(".course-institution .qualification")
    expect(qualification).to_contain_text(tibetan("Qualified institution"))
    expect(qualification).to_contain_text(course.institution.valid_until.isoformat())
    expect(page.locator(".course-action .hotline a[href='tel:12333']")).to_be_visible()

    appointment = page.get_by_role(
        "link", name=tibetan("Ask a counsellor or book an appointment about this course")
    )
    expect(appointment).to_be_visible()
    with page.expect_navigation() as navigation:
        appointment.click()
    assert navigation.value.status == 200
    # The booking page of the appointments, which keeps the course the worker asks about.
    assert current_path(page) == "/bo/appointments/"
    assert parse_qs(urlsplit(page.url).query) == {"course": [str(course.pk)]}
    expect(page.locator("html")).to_have_attribute("lang", "bo")
    expect(page.locator("main h1")).to_be_visible()


def test_a_course_at_a_lapsed_institution_cannot_be_booked(page, demo, portal_url):
    """6.2.2: in both languages the lapsed institution's course says it is not recommended and
    offers no booking, but other courses instead."""
    from training.models import CoursePage, TrainingInstitution

    for language in ("zh-hans", "bo"):
        lapsed = (
            CoursePage.objects.live()
            .filter(locale__language_code=language)
            .exclude(institution__in=TrainingInstitution.objects.qualified())
        )
        course = lapsed.get()
        assert page.goto(portal_url(course)).status == 200
        with translation.override(language):
            marker = translation.gettext("Qualification lapsed — not recommended")
        expect(page.locator(".course-institution .qualification")).to_contain_text(marker)
        expect(page.locator("a.course-appointment")).to_have_count(0)
        expect(page.locator(".course-recommendations li a").first).to_be_visible()


def test_catalogue_and_course_pages_have_no_serious_accessibility_violations(new_context, demo):
    """4.1.3: axe-core finds no serious or critical violation on the catalogue (default and
    filtered), an open course and the lapsed institution's course, in Chinese and Tibetan."""
    from training.models import CourseIndexPage, CoursePage, TrainingInstitution

    page = new_context(bypass_csp=True).new_page()
    paths = []
    for language in LANGUAGES:
        index = path_of(CourseIndexPage.objects.live().get(locale__language_code=language))
        courses = CoursePage.objects.live().filter(locale__language_code=language)
        qualified = TrainingInstitution.objects.qualified()
        paths += [
            index,
            index + "?enrolment=&language=bo&cost=free",
            path_of(courses.filter(institution__in=qualified).open_for_enrolment().first()),
            path_of(courses.exclude(institution__in=qualified).get()),
        ]
    problems = []
    for path in paths:
        assert page.goto(path).status == 200, path
        page.evaluate("document.fonts.ready.then(() => true)")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(RUN_AXE)
        problems += [describe(path, v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not problems, "axe-core found serious or critical violations:\n" + "\n".join(problems)

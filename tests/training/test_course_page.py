"""The course page: everything a worker needs to decide, the institution's qualification, the
way to a counsellor, and schema.org data."""

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation

from home.links import appointment_url
from training.models import Language

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def structured_data(html):
    blocks = JSON_LD.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def appointment_links(html):
    return re.findall(r'<a class="btn btn-primary btn-lg course-appointment" href="([^"]+)"', html)


@pytest.mark.django_db
def test_course_page_shows_the_course_and_its_qualified_institution(
    client, catalogue, appointment_page
):
    """6.2.2 and 5.2(3): the course, its institution and the qualification's validity."""
    course = catalogue.course(
        cost=1800, subsidy_eligible=True, subsidy_note="结业后可申请补贴。", seats_left=7
    )
    html = page_html(client, course)
    for text in [
        "<h1>中式烹调师初级班</h1>",
        '中式烹调师 <span class="course-facts__code">(4-03-02-01)</span>',
        "五级 / 初级工",
        "汉语",
        course.start_date.isoformat(),
        course.end_date.isoformat(),
        "30 天",
        "周一至周五 9:30–17:30",
        "城关区实训基地 (城关区)",
        "共 30 个名额，剩余 7 个",
        "1800 元",
        "结业后可申请补贴。",
        "带上身份证到服务站报名。",
        "拉萨市职业技能培训中心",
        "资质有效的机构",
        f"资质有效期至 {catalogue.qualified.valid_until.isoformat()}",
        catalogue.qualified.licence_number,
        "拉萨市人力资源和社会保障局",
        'href="tel:0891-6330101"',
        "正在报名：剩余 7 个名额",
    ]:
        assert text in html, text


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_the_appointment_link_leads_to_the_booking_page_in_the_page_language(
    client, catalogue, appointment_page, language
):
    """6.2.2 (help to enrol) and 4.3.1(4): an open course leads to a counsellor, with the
    course's id for the booking form; the bilingual hotline is beside it."""
    course = catalogue.course()
    if language == "bo":
        course = catalogue.tibetan_of(course)
    html = page_html(client, course)
    links = appointment_links(html)
    assert len(links) == 1
    target = urlsplit(links[0].replace("&amp;", "&"))
    assert target.path == ("/bo/appointments/" if language == "bo" else "/appointments/")
    assert parse_qs(target.query) == {"course": [str(course.pk)]}
    assert client.get(links[0]).status_code == 200
    assert 'class="hotline"' in html and 'href="tel:12333"' in html


@pytest.mark.django_db
def test_the_appointment_target_is_the_booking_page(rf, catalogue):
    """The link leads to the booking page (appointments/) in the reader's language."""
    course = catalogue.course()
    request = rf.get("/")
    with translation.override("zh-hans"):
        assert appointment_url(request, course=course.pk) == f"/appointments/?course={course.pk}"
        assert appointment_url(request) == "/appointments/"
    with translation.override("bo"):
        assert appointment_url(request, course=course.pk) == (
            f"/bo/appointments/?course={course.pk}"
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "marker"),
    [
        ("zh-hans", "资质已过期 — 不推荐"),
        ("bo", "ཆོག་མཆན་དུས་ཚོད་ཡོལ་ཟིན། — འོས་སྦྱོར་མི་བྱེད།"),
    ],
)
def test_a_course_at_a_lapsed_institution_is_not_offered_for_booking(
    client, catalogue, appointment_page, language, marker
):
    """6.2.2: the course page says in words that the qualification lapsed and the course is not
    recommended; there is no booking link for it, and qualified open courses of the same
    occupation group are recommended instead."""
    lapsed = catalogue.course("过期机构的烹饪班", institution=catalogue.lapsed)
    alternative = catalogue.course("合格机构的烹饪班")
    other_group = catalogue.course("砌筑工班", occupation=catalogue.occupations["6-29-01-01"])
    catalogue.course("另一家过期机构的课程", institution=catalogue.lapsed)
    catalogue.course("已开课的烹饪班", start=-2)
    page = catalogue.tibetan_of(lapsed) if language == "bo" else lapsed
    html = page_html(client, page)
    assert marker in html
    assert "course-status--not_recommended" in html
    assert appointment_links(html) == []
    assert "?course=" not in html
    assert 'href="tel:12333"' in html
    section = html[html.index('id="course-recommendations-heading"') :]
    recommended = re.findall(r'<li><a href="([^"]+)">', section)
    target = catalogue.tibetan_of(alternative) if language == "bo" else alternative
    assert recommended == [target.url]
    assert other_group.url not in section


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_course_page_describes_the_course_in_schema_org(client, catalogue, language):
    """Structured data: a schema.org Course with its provider, instance and offer."""
    course = catalogue.course(
        language=Language.BOTH, cost=0, skill_level="special", duration=120, duration_unit="hours"
    )
    page = catalogue.tibetan_of(course) if language == "bo" else course
    data = structured_data(page_html(client, page))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["name"] == page.title
    assert data["description"]
    assert data["url"].endswith(page.url)
    assert data["inLanguage"] == ["zh", "bo"]
    provider = data["provider"]
    assert provider["@type"] == "EducationalOrganization"
    assert provider["name"] == page.institution.name
    assert data["educationalCredentialAwarded"] == (
        "ཆེད་དོན་ལས་རིགས་ནུས་པ།" if language == "bo" else "专项职业能力"
    )
    instance = data["hasCourseInstance"]
    assert instance["@type"] == "CourseInstance"
    assert instance["courseMode"] == "onsite"
    assert instance["startDate"] == course.start_date.isoformat()
    assert instance["endDate"] == course.end_date.isoformat()
    assert instance["courseWorkload"] == "PT120H"
    assert instance["location"]["@type"] == "Place"
    assert instance["location"]["name"] == page.location
    offer = data["offers"]
    assert (offer["price"], offer["priceCurrency"], offer["category"]) == (0, "CNY", "Free")
    assert offer["availability"] == "https://schema.org/InStock"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "language_tag", "availability"),
    [
        ({"language": Language.TIBETAN, "seats_left": 0}, "bo", "SoldOut"),
        ({"language": Language.CHINESE, "start": -1}, "zh", "Discontinued"),
    ],
)
def test_structured_data_follows_language_and_status(
    client, catalogue, fields, language_tag, availability
):
    course = catalogue.course(**fields)
    data = structured_data(page_html(client, course))
    assert data["inLanguage"] == language_tag
    assert data["offers"]["availability"] == f"https://schema.org/{availability}"


@pytest.mark.django_db
def test_text_in_structured_data_cannot_close_the_script(client, catalogue):
    course = catalogue.course("</script><script>alert(1)</script>")
    html = page_html(client, course)
    assert "</script><script>alert(1)" not in html
    assert structured_data(html)["name"] == "</script><script>alert(1)</script>"


@pytest.mark.django_db
def test_an_edited_course_can_be_previewed(catalogue, appointment_page):
    """Editors preview their changes before publishing; the preview shows the edited text."""
    course = catalogue.course()
    course.title = "中式烹调师初级班（修改中）"
    response = course.make_preview_request()
    assert response.status_code == 200
    assert "<h1>中式烹调师初级班（修改中）</h1>" in response.content.decode()

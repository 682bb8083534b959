"""The satisfaction survey in the browser, in both languages (clause 7.2): a worker opens the
link of a closed complaint's survey, answers it without JavaScript and is thanked; the same
link then says the survey has been answered."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from complaints.models import Complaint, ComplaintCategory
from quality.invitations import invite, survey_url
from quality.models import Response
from quality.questionnaire import ITEMS

pytestmark = pytest.mark.browser

PHONES = {"zh-hans": "13900009811", "bo": "13900009812"}
TEXTS = {
    "zh-hans": {"question": "总的来说", "thanks": "谢谢", "answered": "已经作答"},
    "bo": {"question": "སྤྱིར་བཏང་།", "thanks": "ཐུགས་རྗེ་ཆེ།", "answered": "ལན་བཏབ་ཟིན།"},
}


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_a_worker_answers_a_survey(new_context, demo, language):
    """7.2: the survey link of a finished service opens the questionnaire in the worker's
    language; one answer is stored and the link is closed after it."""
    texts = TEXTS[language]
    complaint = Complaint.objects.create(
        category=ComplaintCategory.objects.get(name_zh="服务态度"),
        name=f"浏览器问卷 {language}",
        phone=PHONES[language],
        language=language,
        what_happened="测试",
        wanted="测试",
    )
    invitation = invite(complaint, language)
    path = urlsplit(survey_url(invitation)).path

    page = new_context(java_script_enabled=False).new_page()
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("lang", "bo" if language == "bo" else "zh-Hans")
    expect(page.locator("main")).to_contain_text(texts["question"])
    for number, item in enumerate(ITEMS):
        score = 7 + number % 4
        page.check(f"#id_{item.field}_{score - 1}")
    page.fill("#id_comment", "👍 <b>好</b>")
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()

    expect(page.locator(".survey__thanks")).to_contain_text(texts["thanks"])
    stored = Response.objects.get(invitation=invitation)
    assert (stored.expectation_quality, stored.expectation_needs, stored.comment) == (
        7,
        8,
        "👍 <b>好</b>",
    )

    page.goto(path)
    expect(page.locator(".survey__closed")).to_contain_text(texts["answered"])
    assert Response.objects.filter(invitation=invitation).count() == 1

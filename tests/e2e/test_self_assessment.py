"""The self-assessment in the browser, in both languages, without JavaScript (clauses 5.2(4),
6.1.1, 4.4.1(2)): a worker opens it from the footer, is told which answer is missing, answers
every question and sees the profile chart, the top areas and a reference for the appointment."""

import re

import pytest
from playwright.sync_api import expect

from assessments.models import Questionnaire, SelfAssessment

pytestmark = pytest.mark.browser

HOME = {"zh-hans": "/", "bo": "/bo/"}
TEXTS = {
    "zh-hans": {"missing": "请为这道题选择一个答案。", "guidance": "不是招聘考试", "S": "社会型"},
    "bo": {"missing": "དྲི་བ་འདིའི་ལན་ཞིག་འདེམས་རོགས།", "guidance": "མི་འདེམས་ཚོད་ལྟ་མིན།", "S": "སྤྱི་ཚོགས་རིགས།"},
}
# Liking of each area: social highest, then enterprising, then artistic.
SCORES = {"S": 4, "E": 3, "A": 2}


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_a_worker_takes_the_self_assessment_and_sees_the_results(new_context, demo, language):
    texts = TEXTS[language]
    page = new_context(java_script_enabled=False).new_page()
    page.goto(HOME[language])
    with page.expect_navigation():
        page.locator("footer a[href$='/self-assessment/']").click()
    expect(page.locator("html")).to_have_attribute("lang", "bo" if language == "bo" else "zh-Hans")

    questions = list(Questionnaire.objects.current().questions.select_related("dimension", "scale"))
    for question in questions[:-1]:
        option = question.scale.options.get(score=SCORES.get(question.dimension.code, 1))
        page.check(f"input[name='q{question.pk}'][value='{option.pk}']")
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()
    expect(page.locator("#error-summary")).to_contain_text(texts["missing"])

    # The answers given are kept on the page; only the missing one is left to answer.
    last = questions[-1]
    page.check(f"input[name='q{last.pk}'][value='{last.scale.options.get(score=2).pk}']")
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()

    reference = page.locator(".self-assessment__reference strong")
    expect(reference).to_have_text(re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$"))
    result = SelfAssessment.objects.get(reference=reference.inner_text().replace("-", ""))
    assert (result.language, result.interest_code) == (language, "SEA")
    assert result.scores["S"] == 40 and result.scores["R"] == 10
    expect(page.locator("svg.self-assessment__chart title")).to_have_count(1)
    expect(page.locator("table.self-assessment__scores")).to_contain_text(texts["S"])
    expect(page.locator(".self-assessment__guidance")).to_contain_text(texts["guidance"])
    expect(page.locator(".self-assessment__areas dt").first).to_contain_text(texts["S"])

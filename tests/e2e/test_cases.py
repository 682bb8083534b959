"""Case studies seen through a real browser, the way a Tibetan-reading worker uses them: filter,
open one, read the lesson and the figures; with JavaScript off, as on many cheap phones."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import AXE, HAN, LANGUAGES, TIBETAN, current_path, path_of

pytestmark = pytest.mark.browser

RUN_AXE = """async () => {
    await document.fonts.ready;
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html),
    }));
}"""


def tibetan_case(county, group):
    from cases.models import CasePage

    return (
        CasePage.objects.live()
        .filter(locale__language_code="bo", district=county, target_groups__code=group)
        .get()
    )


def test_worker_filters_tibetan_case_studies_and_reads_one(new_context, demo):
    """4.4.2(4), 5.2(5) and 4.1.3: on the Tibetan site, with JavaScript off, a woman from
    Linzhou County filters the case studies by her county and by the women group, opens the
    one case found and sees its lesson and its figures; every image has Tibetan alternative
    text and is a rendition, not the original upload."""
    from cases.models import CaseIndexPage

    index = CaseIndexPage.objects.live().get(locale__language_code="bo")
    expected = tibetan_case("linzhou", "women")
    page = new_context(java_script_enabled=False).new_page()

    assert page.goto(path_of(index)).status == 200
    expect(page.locator("html")).to_have_attribute("lang", "bo")
    expect(page.locator("main h1")).to_have_text(index.title)
    cards = page.locator("main .item-list > li")
    assert cards.count() == 6

    page.locator("details.listing__filters > summary").click()
    county = page.get_by_role("radio", name=re.compile("^ལྷུན་གྲུབ་རྫོང་།"))
    women = page.get_by_role("checkbox", name=re.compile("^བུད་མེད།"))
    expect(county).to_have_count(1)
    expect(women).to_have_count(1)
    county.check()
    women.check()
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="གདམ་གསེས་བྱེད།").click()
    assert navigation.value.status == 200

    # The filtered list is a link that can be shared.
    query = parse_qs(urlsplit(page.url).query)
    assert query["county"] == ["linzhou"] and query["group"] == ["women"]
    expect(page.locator("main .listing__count")).to_have_text("དོན་ཚན་ 1")
    expect(cards).to_have_count(1)
    card = cards.first
    expect(card).to_contain_text("ལྷུན་གྲུབ་རྫོང་།")
    expect(card).to_contain_text(expected.lesson)

    with page.expect_navigation() as navigation:
        card.get_by_role("link", name=expected.title).click()
    assert navigation.value.status == 200
    assert current_path(page) == path_of(expected)
    expect(page.locator("main h1")).to_have_text(expected.title)

    lesson = page.locator("main .case-lesson")
    expect(lesson.locator("h2")).to_have_text("ཉམས་མྱོང་།")
    expect(lesson.locator(".case-lesson__text")).to_have_text(expected.lesson)

    figures = page.locator("main table.case-figures")
    expect(figures).to_be_visible()
    income = f"སྒོར་ {expected.income_after:,}"
    expect(figures.get_by_role("row", name=re.compile("ད་ལྟའི་ཟླ་རེའི་ཡོང་འབབ"))).to_contain_text(income)
    change = figures.locator(".case-figures__change td")
    expect(change).to_have_text(f"ཟླ་རེར་སྒོར་ {expected.income_change:,} འཕར།")

    images = page.locator("main img")
    assert images.count() >= 1
    for number in range(images.count()):
        image = images.nth(number)
        alt = (image.get_attribute("alt") or "").strip()
        assert alt and TIBETAN.search(alt) and not HAN.search(alt), f"image {number}: {alt!r}"
        src = image.get_attribute("src")
        assert "/media/images/" in src and "original_images" not in src, src
        assert image.get_attribute("loading") == "lazy"
        assert int(image.get_attribute("width")) <= 960


def test_case_pages_have_no_serious_accessibility_violations(new_context, demo):
    """4.1.3: axe-core finds no serious or critical violation on the case listing (filtered)
    and on a case study, in Chinese and in Tibetan. The context bypasses the
    Content-Security-Policy only so that axe can be injected."""
    from cases.models import CaseIndexPage

    page = new_context(bypass_csp=True).new_page()
    problems = []
    for language in LANGUAGES:
        index = CaseIndexPage.objects.live().get(locale__language_code=language)
        case = tibetan_case("linzhou", "women")
        if language != "bo":
            case = case.get_translation(index.locale).specific
        for path in (path_of(index), path_of(index) + "?county=linzhou&group=women", path_of(case)):
            assert page.goto(path).status == 200
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate(RUN_AXE)
            problems += [
                f"{path}: {v['id']} ({v['impact']}): {v['help']} {v['nodes'][:2]}"
                for v in violations
                if v["impact"] in {"serious", "critical"}
            ]
    assert not problems, "\n".join(problems)

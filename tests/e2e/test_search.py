"""The site search seen through a real browser: a worker types 电工 or a Tibetan word into the
header's search box on / or /bo/ and finds the pages that contain it, in that language only,
with the matched word marked; filters by type, with JavaScript off too.

The pages searched for are made in each test through the models (the demo content gives the
home pages and menus), so the test does not depend on demo texts that change.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from home.models import StandardPage
from tests.e2e.helpers import AXE, HTML_LANG, current_path, path_of

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-hans": ("七月岗位信息", "本月招聘高压电工，工作地点在城关区。"),
    "bo": (
        "ཟླ་བ་བདུན་པའི་ལས་གནས་ཆ་འཕྲིན།",
        "ཁྲིན་ཀོན་ཆུས་ཀྱི་དངོས་ཟོག་དོ་དམ་ཀུང་སིས་གློག་བཟོ་བ་གཉིས་འདེམས་སྒྲུག་བྱེད།",
    ),
}
QUERIES = {"zh-hans": ("电工", "/"), "bo": ("གློག་བཟོ", "/bo/")}
MARKED = {"zh-hans": "电工", "bo": "གློག་བཟོ"}


def make_pages(demo):
    """A job notice in each language, below each language's disclosure section."""
    made = {}
    for language, (title, text) in TEXTS.items():
        section = demo.disclosure("disclosure_index", language)
        slug = f"search-test-{language}"
        existing = StandardPage.objects.child_of(section).filter(slug=slug).first()
        if existing:  # made by an earlier test of this module: the demo content is shared
            made[language] = existing
            continue
        page = StandardPage(
            title=title,
            slug=slug,
            locale=section.locale,
            body=[("paragraph", f"<p>{text}</p>")],
        )
        section.add_child(instance=page)
        page.save_revision().publish()
        made[language] = page
    return made


def search_from_home(page, language, query):
    page.goto(QUERIES[language][1])
    box = page.locator("header form.site-search input[name=q]")
    box.fill(query)
    with page.expect_navigation() as navigation:
        box.press("Enter")
    assert navigation.value.status == 200, language


def result_links(page):
    return [
        urlsplit(href).path
        for href in page.locator("ol.search-results a").evaluate_all(
            "links => links.map(link => link.href)"
        )
    ]


def test_a_worker_finds_a_word_in_either_language_from_the_header(page, demo):
    """4.1.3: 电工 on / finds the page whose only mention is 招聘高压电工; the Tibetan word
    གློག་བཟོ on /bo/ finds the page with it inside a longer sentence; each marked in <mark>,
    and neither search shows a page of the other language."""
    made = make_pages(demo)
    for language, (query, _home) in QUERIES.items():
        search_from_home(page, language, query)
        assert current_path(page).endswith("/search/")
        assert parse_qs(urlsplit(page.url).query)["q"] == [query]
        expect(page.locator("html")).to_have_attribute("lang", HTML_LANG[language])

        links = result_links(page)
        assert path_of(made[language]) in links, f"{language}: {links}"
        other = "bo" if language == "zh-hans" else "zh-hans"
        assert path_of(made[other]) not in links
        assert all(link.startswith("/bo/") == (language == "bo") for link in links)

        result = page.locator("li.search-result").filter(
            has=page.locator(f'a[href="{path_of(made[language])}"]')
        )
        expect(result.locator("mark").first).to_have_text(MARKED[language])
        expect(page.locator("#site-search-q")).to_have_value(query)

        with page.expect_navigation():
            result.locator("h2 a").click()
        assert current_path(page) == path_of(made[language])


def test_a_word_of_the_other_language_leads_to_that_languages_search(page, demo):
    """4.1.3: Tibetan typed on the Chinese site finds no Chinese page and offers the Tibetan
    search, which finds the Tibetan page."""
    made = make_pages(demo)
    search_from_home(page, "zh-hans", "གློག་བཟོ")
    expect(page.locator("ol.search-results")).to_have_count(0)
    link = page.locator("p.search-other-language a")
    expect(link).to_have_attribute("hreflang", "bo")
    with page.expect_navigation():
        link.click()
    assert current_path(page) == "/bo/search/"
    assert path_of(made["bo"]) in result_links(page)


def test_the_type_filter_and_the_results_work_without_javascript(new_context, demo):
    made = make_pages(demo)
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/search/?q=城关区")
    types = page.locator("nav.search-types")
    expect(types.locator('a[aria-current="true"]')).to_have_count(1)
    option = types.locator("a[href*='type=home.standardpage']")
    with page.expect_navigation():
        option.click()
    assert parse_qs(urlsplit(page.url).query)["type"] == ["home.standardpage"]
    expect(types.locator("a[href*='type=home.standardpage']")).to_have_attribute(
        "aria-current", "true"
    )
    assert path_of(made["zh-hans"]) in result_links(page)


def test_the_search_page_has_no_serious_accessibility_violations(new_context, demo):
    """The results page in both languages, checked with axe-core (the context bypasses the
    Content-Security-Policy only so that axe can be injected)."""
    make_pages(demo)
    page = new_context(bypass_csp=True).new_page()
    problems = []
    for path in ["/search/?q=电工", "/bo/search/?q=གློག་བཟོ", "/search/?q=火星"]:
        assert page.goto(path).status == 200
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))"
        )
        problems += [f"{path}: {violation}" for violation in violations]
    assert not problems, "\n".join(problems)

"""The portal's foundation seen through a real browser: both languages, the language switcher,
service disclosure, keyboard access and pages that work without JavaScript.

Each test loads the demo content once (about 1.5 s) and then walks both languages, so the
languages are loops inside the tests rather than parameters; assertion messages name the
language.
"""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import (
    HAN,
    HTML_LANG,
    LANGUAGES,
    TIBETAN,
    current_path,
    link_to,
    path_of,
    resolved_path,
)

pytestmark = pytest.mark.browser

SCRIPT = {"zh-hans": HAN, "bo": TIBETAN}
OTHER_SCRIPT = {"zh-hans": TIBETAN, "bo": HAN}
HOME_PATH = {"zh-hans": "/", "bo": "/bo/"}
DISCLOSURE_KINDS = [
    "service_content",
    "service_basis",
    "service_process",
    "service_requirements",
    "complaint_channels",
]


def test_home_page_is_in_its_own_language_with_the_hotline(page, demo):
    """4.1.3: the home page exists in Chinese at / and in Tibetan at /bo/, each marked with its
    language and titled in its own script; 4.3.1(1): the bilingual hotline 12333 is in the
    footer of both."""
    titles = {}
    for language in LANGUAGES:
        home = demo.home(language)
        assert path_of(home) == HOME_PATH[language]

        response = page.goto(HOME_PATH[language])
        assert response.status == 200, language
        expect(page.locator("html")).to_have_attribute("lang", HTML_LANG[language])

        heading = page.locator("main h1")
        expect(heading).to_have_count(1)
        title = heading.text_content().strip()
        assert title == home.title, language
        assert SCRIPT[language].search(title), f"{title!r} is not written in {language}"
        assert not OTHER_SCRIPT[language].search(title), f"{title!r} mixes in another script"
        titles[language] = title

        heroes = page.locator("main .hero__heading")
        for index in range(heroes.count()):
            hero = heroes.nth(index).text_content().strip()
            assert SCRIPT[language].search(hero), f"hero heading {hero!r} is not in {language}"

        footer = page.locator("footer.site-footer")
        expect(footer.locator(".hotline")).to_contain_text("12333")
        expect(footer.locator('.hotline a[href="tel:12333"]')).to_be_visible()

    assert titles["zh-hans"] != titles["bo"]
    assert demo.home("bo").translation_key == demo.home("zh-hans").translation_key


def test_language_switcher_leads_to_the_same_page_in_the_other_language(page, demo, portal_url):
    """4.1.3: from a Chinese disclosure page the switcher opens its Tibetan translation, and
    back."""
    chinese = demo.disclosure("service_process", "zh-hans")
    tibetan = demo.translation(chinese, "bo")
    assert tibetan.translation_key == chinese.translation_key
    assert tibetan.live

    page.goto(portal_url(chinese))
    switcher = page.locator("nav.language-switcher")
    expect(switcher.get_by_role("link", name="简体中文", exact=True)).to_have_attribute(
        "aria-current", "true"
    )

    with page.expect_navigation() as navigation:
        switcher.get_by_role("link", name="བོད་ཡིག", exact=True).click()
    assert navigation.value.status == 200
    assert current_path(page).startswith("/bo/")
    assert current_path(page) == path_of(tibetan)
    expect(page.locator("html")).to_have_attribute("lang", "bo")
    expect(page.locator("main h1")).to_have_text(tibetan.title)
    expect(switcher.get_by_role("link", name="བོད་ཡིག", exact=True)).to_have_attribute(
        "aria-current", "true"
    )

    with page.expect_navigation() as navigation:
        switcher.get_by_role("link", name="简体中文", exact=True).click()
    assert navigation.value.status == 200
    assert current_path(page) == path_of(chinese)
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.locator("main h1")).to_have_text(chinese.title)


def test_service_disclosure_is_reached_from_the_home_page(page, demo):
    """7.1.1: from the home page a reader clicks through to the disclosure section, which lists
    the service content, basis, process, requirements and complaint channels; the process page
    shows its steps. In both languages."""
    for language in LANGUAGES:
        index = demo.disclosure("disclosure_index", language)
        page.goto(HOME_PATH[language])

        link = link_to(page, path_of(index), within=("nav.menu--main", "main", "footer"))
        assert link is not None, f"{language}: the home page has no link to {path_of(index)}"
        with page.expect_navigation() as navigation:
            link.click()
        assert navigation.value.status == 200, language
        assert current_path(page) == path_of(index), language
        expect(page.locator("main h1")).to_have_text(index.title)

        for kind in DISCLOSURE_KINDS:
            disclosure = demo.disclosure(kind, language)
            listed = link_to(page, path_of(disclosure), within=("main",))
            assert listed is not None, f"{language}: the disclosure section does not list {kind}"
            expect(listed).to_have_text(disclosure.title)

        process = demo.disclosure("service_process", language)
        with page.expect_navigation() as navigation:
            link_to(page, path_of(process), within=("main",)).click()
        assert navigation.value.status == 200, language
        assert current_path(page) == path_of(process), language
        expect(page.locator("main h1")).to_have_text(process.title)

        steps = [
            step for block in process.body if block.block_type == "steps" for step in block.value
        ]
        assert steps, f"{language}: the demo service process has no steps"
        shown = page.locator("main ol.steps > li")
        expect(shown).to_have_count(len(steps))
        for number, step in enumerate(steps):
            expect(shown.nth(number).locator("strong")).to_have_text(step["title"])
            assert SCRIPT[language].search(step["title"]), f"{language}: {step['title']!r}"


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(page, demo):
    """4.1.3 and keyboard access: on a fresh page load the first Tab stop is a visible skip link
    in the page's language ("跳到主要内容" in Chinese); Enter moves focus to the main content."""
    for language in LANGUAGES:
        page.goto(HOME_PATH[language])
        page.keyboard.press("Tab")

        focused = page.locator(":focus")
        expect(focused).to_have_count(1)
        expect(focused).to_have_class("skip-link")
        expect(focused).to_have_attribute("href", "#main-content")
        text = focused.text_content().strip()
        if language == "zh-hans":
            assert text == "跳到主要内容"
        else:
            assert TIBETAN.search(text), f"the Tibetan skip link reads {text!r}"
        expect(focused).to_be_in_viewport()

        page.keyboard.press("Enter")
        expect(page.locator(":focus")).to_have_attribute("id", "main-content")
        assert page.evaluate("document.activeElement.matches('main#main-content')"), language


def test_pages_work_without_javascript(new_context, demo):
    """4.1.3 on cheap phones: with JavaScript off the home page loads in both languages and
    its main menu links can be followed."""
    page = new_context(java_script_enabled=False).new_page()
    for language in LANGUAGES:
        response = page.goto(HOME_PATH[language])
        assert response.status == 200, language
        expect(page.locator("html")).to_have_attribute("lang", HTML_LANG[language])

        menu = page.locator("nav.menu--main a[href]")
        assert menu.count() > 0, f"{language}: the home page has no main menu"
        host = urlsplit(page.url).netloc
        hrefs = menu.evaluate_all("links => links.map(link => link.href)")
        candidates = [
            (index, resolved_path(page, href))
            for index, href in enumerate(hrefs)
            if urlsplit(href).netloc == host and resolved_path(page, href) != current_path(page)
        ]
        assert candidates, f"{language}: the main menu links to no other page: {hrefs}"
        index, target = candidates[0]
        with page.expect_navigation() as navigation:
            menu.nth(index).click()
        assert navigation.value.status == 200, language
        assert current_path(page) == target, language
        expect(page.locator("main h1")).to_have_count(1)
        expect(page.locator("html")).to_have_attribute("lang", HTML_LANG[language])

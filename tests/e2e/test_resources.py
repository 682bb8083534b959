"""The resource library and the occupational classification through a real browser, on the
Tibetan site: a worker filters the handbooks and downloads one; then browses the classification
down to an occupation Lhasa is short of and sees it marked (4.4.2(2)–(5), 4.1.3)."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import TIBETAN, current_path, link_to, path_of

pytestmark = pytest.mark.browser

HANDBOOK = "ལག་དེབ།"  # the Tibetan of "Handbook"
SHORTAGE_MARK = "ཁ་སྐོང་དགོས་པའི་ལས་རིགས། · དགོས་མཁོ་ཆེན་པོ།"  # "Shortage occupation · High demand"


def tibetan_library():
    from resources.models import ResourceIndexPage

    return ResourceIndexPage.objects.live().get(locale__language_code="bo")


def test_a_worker_filters_the_handbooks_and_downloads_one(new_context, demo, portal_url):
    """4.4.2(4) on the Tibetan site, with JavaScript off: open the library, keep only the
    handbooks, open one and download its PDF."""
    from resources.models import ResourcePage

    library = tibetan_library()
    handbooks = ResourcePage.objects.child_of(library).live().filter(kind="handbook")
    assert handbooks.count() >= 2

    page = new_context(java_script_enabled=False, accept_downloads=True).new_page()
    response = page.goto(portal_url(library))
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", "bo")
    expect(page.locator("main h1")).to_have_text(library.title)

    page.locator(".listing__filters > summary").click()
    page.get_by_role("radio", name=re.compile(rf"^{HANDBOOK}")).check()
    with page.expect_navigation():
        page.locator("form.facets button[type=submit]").click()
    assert "kind=handbook" in page.url
    expect(page.locator(".listing__count")).to_have_text(f"དོན་ཚན་ {handbooks.count()}")
    titles = page.locator(".resource-item__title a")
    expect(titles).to_have_count(handbooks.count())
    assert sorted(titles.all_text_contents()) == sorted(h.title for h in handbooks)

    handbook = handbooks.order_by("-publication_date").first()
    with page.expect_navigation():
        page.get_by_role("link", name=handbook.title, exact=True).click()
    assert current_path(page) == path_of(handbook)
    expect(page.locator("main h1")).to_have_text(handbook.title)
    assert TIBETAN.search(page.locator("main h1").text_content())

    pdf_link = page.locator(".download-list a", has_text="PDF")
    expect(pdf_link).to_contain_text(re.compile(r"\(PDF, [0-9.]+\s?(KB|bytes)\)"))
    with page.expect_download() as info:
        pdf_link.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as file:
        assert file.read(8) == b"%PDF-1.4"


def test_a_worker_browses_down_to_a_shortage_occupation(page, demo, portal_url, monkeypatch):
    """4.4.2(2) on the Tibetan site: from the library to the classification, major group 6 →
    6-29 → 6-29-05 → 6-29-05-05 (Tibetan-style building painting), marked as a shortage
    occupation of high demand on the demo's 2026 list."""
    from occupations.models import Occupation, OccupationBrowserPage

    # The demo list covers 2026; see it as current whatever today's date is.
    monkeypatch.setattr("occupations.models.today", lambda: datetime.date(2026, 6, 1))

    library = tibetan_library()
    browser = OccupationBrowserPage.objects.live().child_of(library).get()
    page.goto(portal_url(library))
    with page.expect_navigation():
        link_to(page, path_of(browser), within=("main",)).click()
    expect(page.locator("main h1")).to_have_text(browser.title)

    for code in ("6", "6-29", "6-29-05", "6-29-05-05"):
        node = Occupation.objects.get(code=code)
        target = f"{path_of(browser)}{code}/"
        link = link_to(page, target, within=("main .occupation-list",))
        assert link is not None, f"no link to {code} on {current_path(page)}"
        expect(link).to_contain_text(node.name_bo)
        if code == "6-29-05-05":
            item = page.locator(f'.occupation-list__item:has(a[href="{target}"])')
            expect(item.locator(".shortage-mark")).to_have_text(SHORTAGE_MARK)
        with page.expect_navigation() as navigation:
            link.click()
        assert navigation.value.status == 200
        assert current_path(page) == target
        expect(page.locator("main h1")).to_have_text(node.name_bo)
        expect(page.locator("nav .breadcrumb [aria-current=page]")).to_contain_text(code)

    mark = page.locator("main .shortage-status .shortage-mark")
    expect(mark).to_have_text(SHORTAGE_MARK)
    expect(mark).to_be_visible()
    expect(page.locator("main .shortage-status")).to_contain_text("དགོན་པ")  # the list's note
    expect(page.locator('main span[lang="zh-Hans"]')).to_have_text("古建筑传统彩画工")

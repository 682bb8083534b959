"""The policy library through a real browser (4.4.2(1), 5.2(1)): a worker reading Tibetan
finds the training-subsidy policies for women by clicking, opens one and downloads its PDF; the
library and a policy page pass axe-core in both languages and work without JavaScript."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import AXE, LANGUAGES, TIBETAN, current_path, link_to, path_of

pytestmark = pytest.mark.browser

HOME_PATH = {"zh-hans": "/", "bo": "/bo/"}
BLOCKING_IMPACTS = {"serious", "critical"}
RUN_AXE = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => n.target.join(" "))}));
}"""


def library(language):
    from policies.models import PolicyIndexPage

    return PolicyIndexPage.objects.live().get(locale__language_code=language)


def training_policies_for_women(language):
    from policies.models import PolicyPage

    return (
        PolicyPage.objects.live()
        .filter(
            locale__language_code=language,
            categories__slug="training-subsidies",
            target_groups__code="women",
        )
        .distinct()
    )


def test_worker_finds_a_training_subsidy_policy_for_women_and_downloads_it(page, demo):
    """4.4.2(1), 5.2(1): on /bo/ a worker clicks through to the policy library, ticks
    "training subsidies" and "women", applies the filters, opens a policy in force and downloads
    its attachment, a PDF."""
    index = library("bo")
    expected = training_policies_for_women("bo")
    in_force = {policy.title: policy for policy in expected.in_force()}
    assert len(in_force) >= 2, "the demo needs two policies in force to choose from"

    page.goto(HOME_PATH["bo"])
    link = link_to(page, path_of(index), within=("nav.menu--main", "main"))
    assert link is not None, "the Tibetan home page has no link to the policy library"
    with page.expect_navigation() as navigation:
        link.click()
    assert navigation.value.status == 200
    assert current_path(page) == path_of(index)
    expect(page.locator("main h1")).to_have_text(index.title)

    filters = page.locator("details.listing__filters")
    filters.locator("summary").click()
    training = filters.locator('input[name="category"][value="training-subsidies"]')
    women = filters.locator('input[name="group"][value="women"]')
    expect(filters.locator(f'label[for="{training.get_attribute("id")}"]')).to_contain_text(
        "སྦྱོང་བརྡར་ཕན་སྐྱོར།"
    )
    expect(filters.locator(f'label[for="{women.get_attribute("id")}"]')).to_contain_text("བུད་མེད།")
    training.check()
    women.check()
    with page.expect_navigation() as navigation:
        filters.get_by_role("button", name="གདམ་གསེས་བྱེད།").click()
    assert navigation.value.status == 200
    query = parse_qs(urlsplit(page.url).query)
    assert query["category"] == ["training-subsidies"] and query["group"] == ["women"]

    items = page.locator("main .item-list > li")
    expect(items).to_have_count(expected.count())
    titles = [title.strip() for title in items.locator("h2").all_text_contents()]
    assert set(titles) == {policy.title for policy in expected}
    for title in titles:
        assert TIBETAN.search(title), title

    chosen = next(policy for policy in in_force.values() if policy.attachments)
    item = items.filter(has=page.get_by_role("link", name=chosen.title, exact=True))
    expect(item.locator(".policy-status")).to_have_text("ད་ལྟ་ནུས་ལྡན།")
    with page.expect_navigation() as navigation:
        item.get_by_role("link", name=chosen.title, exact=True).click()
    assert navigation.value.status == 200
    assert current_path(page) == path_of(chosen)
    expect(page.locator("main h1")).to_have_text(chosen.title)

    document = chosen.attachments[0].value["document"]
    attachment = page.locator(".policy-attachments a").first
    expect(attachment).to_contain_text(chosen.attachments[0].value["label"])
    expect(page.locator(".policy-attachments .document-link__meta").first).to_contain_text("PDF")
    with page.expect_download() as download_info:
        attachment.click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == document.filename
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_filters_work_without_javascript(new_context, demo):
    """4.1.3 on cheap phones: with JavaScript off the filter form still filters, in Chinese."""
    page = new_context(java_script_enabled=False).new_page()
    index = library("zh-hans")
    assert page.goto(path_of(index)).status == 200
    filters = page.locator("details.listing__filters")
    filters.locator("summary").click()
    filters.get_by_label("已失效").check()
    with page.expect_navigation():
        filters.get_by_role("button", name="筛选").click()
    assert parse_qs(urlsplit(page.url).query)["status"] == ["expired"]
    statuses = page.locator("main .item-list .policy-status")
    assert statuses.count() >= 2
    for text in statuses.all_text_contents():
        assert text.strip() == "已失效"
    expect(page.locator("main .item-list .policy-status__date").first).to_contain_text("有效期至")


def test_no_serious_accessibility_violations_on_policy_pages(new_context, demo):
    """4.1.3: axe-core finds no serious or critical violation on the library (unfiltered and
    filtered) and on a policy page, in Chinese and in Tibetan. The context bypasses the
    Content-Security-Policy only so that axe can be injected."""
    page = new_context(bypass_csp=True).new_page()
    problems = []
    for language in LANGUAGES:
        index = library(language)
        policy = training_policies_for_women(language).in_force().first()
        for path in (
            path_of(index),
            path_of(index) + "?category=training-subsidies&group=women&status=in_force",
            path_of(policy),
        ):
            assert page.goto(path).status == 200
            page.add_script_tag(path=str(AXE))
            for violation in page.evaluate(RUN_AXE):
                if violation["impact"] in BLOCKING_IMPACTS:
                    problems.append(f"{path}: {violation}")
    assert not problems, "\n".join(problems)

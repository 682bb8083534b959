"""The search page: results in the reader's language, marked matches, types, pages, promotions,
query log, suggestions, and no error whatever is typed."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from tests.search.conftest import add_page

pytestmark = pytest.mark.django_db

TIBETAN = re.compile(r"[\u0f40-\u0fbc]")


def results(response):
    """(link, title text, snippet HTML) of each result on a search page."""
    html = response.content.decode()
    found = re.findall(
        r'<li class="search-result">.*?<a href="([^"]+)">(.*?)</a>.*?'
        r'(?:<p class="search-result__snippet">(.*?)</p>)?\s*</li>',
        html,
        flags=re.S,
    )
    return [(link, re.sub(r"<[^>]+>", "", title), snippet) for link, title, snippet in found]


def status(response):
    return re.search(
        r'<p class="search-summary" role="status">([^<]*)</p>', response.content.decode()
    )


def test_a_two_character_word_finds_the_page_that_has_it_only_inside_a_longer_word(client, pages):
    """4.1.3: 电工 finds the page whose only mention is 招聘高压电工, marks it in the snippet,
    and not the page about 发电工程."""
    response = client.get("/search/", {"q": "电工"})
    assert response.status_code == 200
    found = results(response)
    assert [link for link, _, _ in found] == ["/disclosure/july/"]
    assert "招聘高压<mark>电工</mark>" in found[0][2]
    assert status(response).group(1) == "“电工”的搜索结果共 1 条"


def test_a_place_name_is_found_by_its_first_word(client, pages):
    found = results(client.get("/search/", {"q": "城关"}))
    assert "/disclosure/chengguan/" in [link for link, _, _ in found]
    assert "/disclosure/july/" in [link for link, _, _ in found]


def test_a_tibetan_word_is_found_inside_a_longer_sentence(client, pages):
    """4.1.3: a two-syllable Tibetan word finds the Tibetan page with it in a sentence."""
    response = client.get("/bo/search/", {"q": "གློག་བཟོ"})
    found = results(response)
    assert [link for link, _, _ in found] == ["/bo/disclosure/bo-july/"]
    assert "<mark>གློག་བཟོ</mark>" in found[0][2]
    assert TIBETAN.search(status(response).group(1))


def test_a_tibetan_word_with_a_particle_is_found_without_it(client, pages):
    found = results(client.get("/bo/search/", {"q": "ཞབས་ཞུ"}))
    assert "/bo/disclosure/bo-service/" in [link for link, _, _ in found]
    assert "<mark>ཞབས་ཞུའི</mark>" in client.get("/bo/search/", {"q": "ཞབས་ཞུ"}).content.decode()


def test_each_language_searches_only_its_own_pages_and_offers_the_other(client, pages):
    """4.1.3: a Chinese query never returns a Tibetan-only page and the reverse; the page
    offers the same search in the language the query is written in."""
    tibetan_on_chinese = client.get("/search/", {"q": "གློག་བཟོ"})
    assert results(tibetan_on_chinese) == []
    assert 'href="/bo/search/?q=' in tibetan_on_chinese.content.decode()

    chinese_on_tibetan = client.get("/bo/search/", {"q": "电工"})
    assert results(chinese_on_tibetan) == []
    assert 'href="/search/?q=%E7%94%B5%E5%B7%A5"' in chinese_on_tibetan.content.decode()


def test_results_name_their_type_and_filter_by_it_with_counts(client, pages):
    html = client.get("/search/", {"q": "城关区"}).content.decode()
    assert 'class="search-result__type">服务指南与公开信息<' in html
    assert re.search(r'type=home.standardpage">[^<]+<span class="search-types__count">\(2\)', html)

    chosen = client.get("/search/", {"q": "城关区", "type": "home.standardpage"})
    assert len(results(chosen)) == 2
    assert 'aria-current="true">' in chosen.content.decode()

    unknown = client.get("/search/", {"q": "城关区", "type": "<script>"})
    assert unknown.status_code == 200
    assert len(results(unknown)) == 2


def test_page_text_is_escaped_around_the_marks(client, site):
    add_page(site["disclosures"], "电工 <b>须知</b>", "<script>alert(1)</script> 电工 & 焊工")
    html = client.get("/search/", {"q": "电工"}).content.decode()
    assert "<mark>电工</mark> &lt;b&gt;须知&lt;/b&gt;" in html
    assert "<script>alert" not in html


@pytest.mark.parametrize(
    "query",
    [
        "x" * 5000,
        "！？。，、",
        "😀🎉",
        "<script>alert(1)</script>",
        "电工 ལས་ཀ abc 123",
        "\x00\u200b\ufeff",
        '" OR 1=1 -- ',
        "NEAR(电工 焊工) AND OR NOT *",
        "'; DROP TABLE wagtailcore_page; --",
        "་།༄༅",
    ],
)
@pytest.mark.parametrize("path", ["/search/", "/bo/search/"])
def test_any_query_gives_a_page_and_no_error(client, pages, path, query):
    response = client.get(path, {"q": query, "page": "abc", "type": "x" * 300})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert 'name="robots" content="noindex"' in html


@pytest.mark.parametrize("page_number", ["2", "999", "abc", "-1", "0", "99999999999999999999"])
def test_any_page_number_gives_a_page_of_results(client, site, page_number):
    for number in range(25):
        add_page(site["disclosures"], f"招聘电工 {number}", "高压电工岗位", slug=f"e{number}")
    response = client.get("/search/", {"q": "电工", "page": page_number})
    assert response.status_code == 200
    found = results(response)
    assert found
    expected = 10 if page_number in ("abc", "-1", "0") else 5 if page_number != "2" else 10
    assert len(found) == expected


def test_the_pages_of_results_follow_each_other(client, site):
    for number in range(12):
        add_page(site["disclosures"], f"招聘电工 {number}", "高压电工岗位", slug=f"e{number}")
    first = {link for link, _, _ in results(client.get("/search/", {"q": "电工"}))}
    second = {link for link, _, _ in results(client.get("/search/", {"q": "电工", "page": 2}))}
    assert len(first) == 10 and len(second) == 2 and not first & second
    html = client.get("/search/", {"q": "电工"}).content.decode()
    assert 'href="?q=%E7%94%B5%E5%B7%A5&amp;page=2" rel="next"' in html


def test_an_unpublished_page_is_not_found(client, pages):
    pages["electrician"].unpublish()
    assert results(client.get("/search/", {"q": "电工"})) == []


def test_editors_promoted_results_come_first_in_the_readers_language(client, pages, site):
    query = Query.get("城关区")
    SearchPromotion.objects.create(query=query, page=pages["chengguan"], description="服务站")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/", external_link_text="外部链接"
    )
    html = client.get("/search/", {"q": "城关区"}).content.decode()
    promoted = re.search(r'<section class="search-promotions".*?</section>', html, flags=re.S)
    assert promoted
    assert 'href="/disclosure/chengguan/"' in promoted.group(0)
    assert "服务站" in promoted.group(0) and "外部链接" in promoted.group(0)

    # On the Tibetan site the promoted page is shown only in Tibetan, here not translated.
    html = client.get("/bo/search/", {"q": "城关区"}).content.decode()
    assert 'href="/disclosure/chengguan/"' not in html


def test_searches_are_logged_once_per_search(client, pages):
    client.get("/search/", {"q": "电工"})
    client.get("/search/", {"q": " 电工 "})
    client.get("/search/", {"q": "电工", "page": "2"})
    client.get("/search/", {"q": "电工", "type": "home.standardpage"})
    assert Query.objects.get(query_string="电工").hits == 2
    assert not Query.objects.filter(query_string="").exists()


def test_nothing_found_suggests_popular_queries_that_find_something(client, pages):
    popular = Query.get("电工")
    QueryDailyHits.objects.create(query=popular, date=date.today(), hits=20)
    typo = Query.get("电公")  # popular too, but it finds nothing
    QueryDailyHits.objects.create(query=typo, date=date.today(), hits=30)
    html = client.get("/search/", {"q": "电宫"}).content.decode()
    suggestions = re.search(r'<ul class="search-suggestions">(.*?)</ul>', html, flags=re.S)
    assert suggestions
    assert 'href="?q=%E7%94%B5%E5%B7%A5"' in suggestions.group(1)
    assert "电公" not in suggestions.group(1)
    assert 'class="empty-state"' in html


def test_nothing_found_links_to_the_main_sections(client, pages, menus):
    html = client.get("/search/", {"q": "火星"}).content.decode()
    empty = re.search(r'<div class="empty-state">.*?</div>', html, flags=re.S).group(0)
    assert 'href="/disclosure/"' in empty
    html = client.get("/bo/search/", {"q": "མེ་ཏོག"}).content.decode()
    empty = re.search(r'<div class="empty-state">.*?</div>', html, flags=re.S).group(0)
    assert 'href="/bo/disclosure/"' in empty
    assert TIBETAN.search(re.sub(r"<[^>]+>", "", empty))


def test_no_word_no_search(client, pages):
    html = client.get("/search/", {"q": "！！！"}).content.decode()
    assert '<ol class="search-results"' not in html
    html = client.get("/search/").content.decode()
    assert 'class="search-summary"' not in html
    assert not Query.objects.exists()  # nothing worth logging


def test_when_no_page_has_every_word_pages_with_some_of_them_are_shown(client, pages):
    html = client.get("/search/", {"q": "电工 火星"}).content.decode()
    assert '<p class="notice">' in html
    assert "/disclosure/july/" in html


# Logging the query (3), view restrictions, promotions, the two searches, the pages (2) and the
# site: 10 on both databases.
BUDGET = 12


def count_queries(client, path):
    client.get(path)  # fills per-process caches and logs the query once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["/search/?q=电工", "/bo/search/?q=གློག་བཟོ"])
def test_the_search_page_stays_within_its_query_budget_however_many_pages_match(
    client, site, tibetan, settings, path
):
    settings.SEARCH_VOCABULARY_CHECK_SECONDS = 3600
    parent = site["bo_disclosures"] if path.startswith("/bo/") else site["disclosures"]
    text = "གློག་བཟོ་བ་འདེམས་སྒྲུག་བྱེད།" if path.startswith("/bo/") else "招聘高压电工"
    locale = tibetan if path.startswith("/bo/") else None
    for number in range(5):
        add_page(parent, f"{text} {number}", text, slug=f"a{number}", locale=locale)
    few = count_queries(client, path)
    for number in range(5, 50):
        add_page(parent, f"{text} {number}", text, slug=f"a{number}", locale=locale)
    many = count_queries(client, path)
    assert many == few
    assert many <= BUDGET

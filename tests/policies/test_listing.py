"""The policy library's listing (4.4.2(1), 5.2(1)): filters by level, category, target group,
year of issue and status, each option counted with the reader's other choices applied, in
Chinese and in Tibetan; newest first; expired and future policies stay listed and say so."""

import re
from datetime import timedelta

import pytest

from policies.models import today
from tests.policies.conftest import make_policy

PATHS = {"zh-hans": "/policies/", "bo": "/bo/policies/"}
LANGUAGES = list(PATHS)


def get(client, language, query=""):
    response = client.get(PATHS[language] + query)
    assert response.status_code == 200
    return response


def results(response):
    """The translation keys of the listed policies, each mapped to its slug, in order."""
    return [page.slug for page in response.context["listing"].page.object_list]


def counts(response, name):
    facet = next(f for f in response.context["listing"].facets if f.name == name)
    return {option.value: option.count for option in facet.options}


def labels(response, name):
    facet = next(f for f in response.context["listing"].facets if f.name == name)
    return {option.value: option.label for option in facet.options}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_unfiltered_library_lists_everything_newest_first_with_counts(client, policies, language):
    """4.4.2(1): every policy of the library, newest issue first, and how many each filter
    option would give."""
    response = get(client, language)
    assert results(response) == ["startup", "lifelong", "youth", "transfer"]
    assert counts(response, "level") == {"national": 2, "tibet": 1, "lhasa": 1}
    assert counts(response, "category") == {
        "employment": 2,
        "entrepreneurship": 1,
        "training-subsidies": 2,
        "social-security": 0,
    }
    assert counts(response, "group") == {
        "long_term_returnees": 1,
        "women": 2,
        "youth": 2,
        "ethnic_minorities": 0,
        "all": 0,
    }
    assert counts(response, "year") == {"2025": 1, "2024": 1, "2023": 2}
    assert counts(response, "status") == {"not_yet_in_force": 1, "in_force": 2, "expired": 1}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?level=national", ["startup", "lifelong"]),
        ("?level=tibet&level=lhasa", ["youth", "transfer"]),
        ("?category=training-subsidies", ["lifelong", "transfer"]),
        ("?category=entrepreneurship&category=employment", ["startup", "youth", "transfer"]),
        ("?group=women", ["lifelong", "transfer"]),
        ("?group=long_term_returnees", ["startup"]),
        ("?year=2023", ["youth", "transfer"]),
        ("?status=in_force", ["lifelong", "transfer"]),
        ("?status=expired", ["youth"]),
        ("?status=not_yet_in_force", ["startup"]),
        ("?category=training-subsidies&group=women&status=in_force", ["lifelong", "transfer"]),
        ("?category=training-subsidies&level=tibet&year=2023", ["transfer"]),
        ("?group=youth&status=in_force", ["transfer"]),
    ],
)
def test_each_filter_narrows_the_list(client, policies, query, expected):
    """4.4.2(1), 5.2(1): a worker finds the policies of a level, a subject, a group, a year or a
    status, and any combination; the same address works in both languages."""
    for language in LANGUAGES:
        response = get(client, language, query)
        assert results(response) == expected, language
        assert response.context["listing"].total == len(expected), language


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_apply_the_other_chosen_filters(client, policies, language):
    response = get(client, language, "?level=national&group=women")
    assert results(response) == ["lifelong"]
    # Each facet is counted with the other facets' choices, not its own.
    assert counts(response, "level") == {"national": 1, "tibet": 1, "lhasa": 0}
    assert counts(response, "group")["women"] == 1
    assert counts(response, "group")["long_term_returnees"] == 1
    assert counts(response, "category")["training-subsidies"] == 1
    assert counts(response, "category")["entrepreneurship"] == 0
    assert counts(response, "status") == {"not_yet_in_force": 0, "in_force": 1, "expired": 0}
    assert counts(response, "year") == {"2025": 0, "2024": 1, "2023": 0}
    html = response.content.decode()
    assert re.search(r'value="national"[^>]*checked', html)
    assert re.search(r'value="women"[^>]*checked', html)


@pytest.mark.django_db
def test_options_are_labelled_in_the_readers_language(client, policies):
    chinese, tibetan = get(client, "zh-hans"), get(client, "bo")
    assert labels(chinese, "category")["training-subsidies"] == "培训补贴"
    assert labels(tibetan, "category")["training-subsidies"] == "སྦྱོང་བརྡར་ཕན་སྐྱོར།"
    assert labels(chinese, "level")["tibet"] == "西藏自治区"
    assert labels(tibetan, "level")["tibet"] == "བོད་རང་སྐྱོང་ལྗོངས།"
    assert labels(chinese, "group")["women"] == "妇女"
    assert labels(tibetan, "group")["women"] == "བུད་མེད།"
    assert labels(tibetan, "status")["expired"] == "ནུས་མེད་དུ་གྱུར་ཟིན།"
    tibetan_html = tibetan.content.decode()
    assert 'སྦྱོང་བརྡར་ཕན་སྐྱོར། <span class="facet__count">(2)</span>' in tibetan_html
    # The Tibetan library lists the Tibetan pages.
    titles = [page.title for page in tibetan.context["listing"].page.object_list]
    assert "མི་ཚེ་གང་བའི་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར།" in titles
    assert all(page.locale.language_code == "bo" for page in tibetan.context["listing"].page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expired", "until", "pending", "from_"),
    [
        ("zh-hans", "已失效", "有效期至 {}", "尚未施行", "自 {} 起施行"),
        ("bo", "ནུས་མེད་དུ་གྱུར་ཟིན།", "{} བར་ནུས་ལྡན།", "ད་དུང་ལག་བསྟར་མ་བྱས།", "{} ནས་ལག་བསྟར་བྱེད།"),
    ],
)
def test_expired_and_future_policies_are_listed_and_marked_in_words(
    client, policies, language, expired, until, pending, from_
):
    """4.4.2(1): an expired policy stays in the library, marked "expired" in words with its
    expiry date; a policy not yet in force says when it takes effect."""
    html = get(client, language).content.decode()
    items = re.findall(
        r'<article class="card policy-item policy-item--(\w+)">(.*?)</article>', html, re.S
    )
    by_status = {}
    for status, body in items:
        by_status.setdefault(status, []).append(body)
    assert len(by_status["expired"]) == 1
    assert expired in by_status["expired"][0]
    assert until.format(policies["youth"].expiry_date.isoformat()) in by_status["expired"][0]
    assert pending in by_status["not_yet_in_force"][0]
    assert (
        from_.format(policies["startup"].effective_date.isoformat())
        in by_status["not_yet_in_force"][0]
    )
    assert len(by_status["in_force"]) == 2
    assert all(expired not in body for body in by_status["in_force"])


@pytest.mark.django_db
def test_a_filtered_list_is_paginated_with_its_filters_kept(client, library, categories, tibetan):
    day = today()
    for number in range(14):
        make_policy(
            library,
            tibetan,
            f"p{number:02}",
            issue_date=day - timedelta(days=number),
            categories=[categories["employment"]],
        )
    first = get(client, "zh-hans", "?category=employment")
    assert first.context["listing"].total == 14
    assert results(first) == [f"p{number:02}" for number in range(12)]
    html = first.content.decode()
    assert 'href="?category=employment&amp;page=2"' in html
    second = get(client, "bo", "?category=employment&page=2")
    assert results(second) == ["p12", "p13"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "?level=<script>alert(1)</script>",
        "?category=" + "x" * 5000,
        "?group=women&group=%00&group=" + "女" * 300,
        "?year=abc&year=99999999999999999999",
        "?status=repealed&status=",
        "?page=abc",
        "?page=-1",
        "?page=99999999999999999999999",
        "?level[]=national&category=../../etc/passwd",
        "?%3Cscript%3E=1&q=%27%22",
    ],
)
def test_hostile_query_strings_give_a_page_not_an_error(client, policies, query):
    for language in LANGUAGES:
        response = get(client, language, query)
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert response.context["listing"].page.number >= 1
        assert 'class="listing"' in html


@pytest.mark.django_db
def test_unknown_values_are_ignored(client, policies):
    response = get(client, "zh-hans", "?level=<script>&category=nope&year=1900&status=x")
    assert response.context["listing"].total == 4
    assert not response.context["listing"].filtered

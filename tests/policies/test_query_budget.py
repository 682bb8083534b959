"""The policy library and a policy page run a fixed number of SQL queries, whether the library
holds 5 policies or 50 (and a policy names 4 related policies or 49)."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.models import PolicyPage
from tests.policies.conftest import make_document, make_policy

# The library (21 in Chinese, 22 in Tibetan when measured): routing, language links and
# breadcrumbs, the facets' choices and counts (5 facets, the derived status counted per option:
# 9 queries) and the page of results.
INDEX_BUDGET = 24
# A policy (19 and 21 when measured): routing, language links and breadcrumbs, its categories
# (and their translations) and groups, its related policies, documents and the booking page.
DETAIL_BUDGET = 22
FILTERED = "?category=training-subsidies&group=women&status=in_force&level=national"


def fill(library, categories, tibetan, count):
    start = len(PolicyPage.objects.filter(locale__language_code="zh-hans"))
    document = make_document(f"doc{start}")
    for number in range(start, count):
        make_policy(
            library,
            tibetan,
            f"p{number:03}",
            level=["national", "tibet", "lhasa"][number % 3],
            issue_date=date(2020, 1, 1) + timedelta(days=40 * number),
            categories=[categories["training-subsidies"], categories["employment"]],
            groups=["women", "youth"],
            attachments=[("document", {"document": document, "label": "附件"})],
        )


def count_queries(client, path):
    client.get(path)  # fill the per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


PATHS = [
    f"{prefix}/policies/{query}" for prefix in ("", "/bo") for query in ("", FILTERED, "?page=2")
]


@pytest.mark.django_db
def test_library_queries_stay_flat_from_5_to_50_policies(client, library, categories, tibetan):
    fill(library, categories, tibetan, 5)
    few = {path: count_queries(client, path) for path in PATHS}
    fill(library, categories, tibetan, 50)
    many = {path: count_queries(client, path) for path in PATHS}
    assert many == few
    assert max(many.values()) <= INDEX_BUDGET


@pytest.mark.django_db
def test_policy_page_queries_stay_flat_with_more_related_policies(
    client, library, categories, tibetan, booking
):
    def pages_with_everything_related():
        pages = list(PolicyPage.objects.filter(locale__language_code="zh-hans").order_by("pk"))
        first = pages[0]
        first.related_policies = [("policy", page) for page in pages[1:]]
        first.save_revision().publish()
        translation = first.get_translation(tibetan).specific
        translation.related_policies = first.related_policies.raw_data
        translation.save_revision().publish()
        return [PolicyPage.objects.get(pk=first.pk), translation]

    fill(library, categories, tibetan, 5)
    few = [count_queries(client, page.url) for page in pages_with_everything_related()]
    fill(library, categories, tibetan, 50)
    pages = pages_with_everything_related()
    assert [len(page.related()) for page in pages] == [49, 49]
    many = [count_queries(client, page.url) for page in pages]
    assert many == few
    assert max(many) <= DETAIL_BUDGET

"""The resource library and a resource page run the same number of SQL queries for 5 items as
for 50, within a budget: filter counts are one query per filter, documents are fetched together."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import translate
from tests.resources.conftest import add_resource, make_document

BUDGET = 20
KINDS = ["report", "handbook", "reading", "video"]


def count_queries(client, path):
    client.get(path)  # the first request fills the per-process caches (site roots, locales)
    cache.clear()
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def fill(library, groups, tibetan, start, count):
    for number in range(start, start + count):
        page = add_resource(
            library["zh"],
            f"r{number}",
            KINDS[number % 4],
            2020 + number % 7,
            [groups["women"], groups["youth"]] if number % 2 else [groups["all"]],
        )
        translate(page, tibetan, title=f"ཐོན་ཁུངས་{number}")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/resources/", "/bo/resources/", "/resources/?kind=handbook&group=women"]
)
def test_the_library_queries_stay_flat_from_5_to_50_resources(
    client, library, groups, tibetan, path
):
    """4.4.2(3)–(5) at scale: 5 or 50 resources, the same queries (12 shown per page)."""
    fill(library, groups, tibetan, 0, 5)
    few = count_queries(client, path)
    fill(library, groups, tibetan, 5, 45)
    many = count_queries(client, path)
    assert many == few, f"{path}: {few} queries with 5 resources, {many} with 50"
    assert many <= BUDGET, f"{path}: {many} queries"


@pytest.mark.django_db
def test_a_resource_page_queries_stay_flat_from_5_to_50_documents(client, library, groups):
    """4.4.2(4): a handbook with 5 or with 50 files to download costs the same queries."""
    documents = [make_document(f"文件{n}", f"file{n}.pdf", b"%PDF-1.4 " * n) for n in range(50)]
    page = add_resource(library["zh"], "handbook", "handbook", 2026, groups.values())

    def attach(count):
        page.documents = [("document", {"document": d, "label": ""}) for d in documents[:count]]
        page.save_revision().publish()

    attach(5)
    few = count_queries(client, page.url)
    attach(50)
    many = count_queries(client, page.url)
    assert client.get(page.url).content.decode().count(" download>") == 50
    assert many == few, f"{few} queries with 5 documents, {many} with 50"
    assert many <= BUDGET

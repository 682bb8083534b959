"""The home page stays within 15 SQL queries however much the editors put on it.

Menus, footer and home-page blocks are cached as rendered HTML until the next publish
(portal/cache.py), so a request normally runs only the queries of page routing. The first
request after a publish renders them again; it runs more queries, but no more for more content.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import ServiceCentre

BUDGET = 15


def fill_home(site, entries):
    disclosures = site["disclosures"]
    link = {"page": disclosures, "label": "", "url": ""}
    site["home"].body = [
        ("hero", {"heading": "欢迎", "text": "", "links": [link, link]}),
        (
            "services",
            {
                "heading": "服务",
                "entries": [
                    {"icon": "policy", "title": f"服务{i}", "description": "", "link": link}
                    for i in range(entries)
                ],
            },
        ),
        ("latest", {"heading": "最新", "section": disclosures, "count": 5}),
    ]
    site["home"].save_revision().publish()
    for i in range(entries):
        ServiceCentre.objects.create(
            name=f"服务站{i}", district="dazi", address="达孜区", opening_hours="9:30–18:30"
        )


def count_queries(client, path, after_publish=False):
    client.get(path)  # the first request fills the per-process caches (site roots, locales)
    if after_publish:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/bo/"])
def test_home_page_stays_within_the_query_budget(client, site, menus, path):
    fill_home(site, entries=3)
    assert count_queries(client, path) <= BUDGET


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/bo/"])
@pytest.mark.parametrize("after_publish", [False, True])
def test_home_page_queries_do_not_grow_with_its_content(client, site, menus, path, after_publish):
    fill_home(site, entries=2)
    few = count_queries(client, path, after_publish)
    fill_home(site, entries=10)
    many = count_queries(client, path, after_publish)
    assert many == few

"""The occupation browser and the shortage list page run the same number of SQL queries however
many occupations a group or a list holds (counts and shortage flags are subqueries of one query),
and stay within a budget."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from occupations.models import Occupation, ShortageEntry, ShortageList

BUDGET = 15


def grow(classification, count):
    """Give the minor group 6-29-01 `count` more occupations, every other one on the 2026 list."""
    minor = classification["6-29-01"]
    shortage_list = ShortageList.objects.get(title="2026年目录")
    existing = Occupation.objects.filter(code__startswith="6-29-01-").count()
    for number in range(existing + 10, existing + 10 + count):
        occupation = Occupation.objects.create(
            code=f"6-29-01-{number:02d}",
            level=4,
            parent=minor,
            name_zh=f"工种{number}",
            name_bo=f"ལས་རིགས་{number}",
        )
        if number % 2:
            ShortageEntry.objects.create(
                list=shortage_list, occupation=occupation, demand="high", note="说明"
            )


@pytest.fixture
def shortage_list(classification, monkeypatch):
    monkeypatch.setattr("occupations.models.today", lambda: datetime.date(2026, 6, 1))
    return ShortageList.objects.create(
        title="2026年目录",
        issuer="人社局",
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 12, 31),
        published_on=datetime.date(2026, 1, 1),
    )


def count_queries(client, path):
    client.get(path)  # the first request fills the per-process caches (site roots, locales)
    cache.clear()
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


PATHS = [
    "/occupations/",
    "/occupations/6-29-01/",
    "/occupations/6-29-01-01/",
    "/occupations/shortage/",
    "/bo/occupations/",
    "/bo/occupations/6-29-01/",
    "/bo/occupations/shortage/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PATHS)
def test_browser_queries_stay_flat_from_5_to_50_items(client, browser, shortage_list, path):
    """4.4.2(2) at scale: a group of 5 or of 50 occupations, a list of 3 or of 28 entries, costs
    the same queries, within the budget."""
    classification = {o.code: o for o in Occupation.objects.all()}
    grow(classification, 5)
    few = count_queries(client, path)
    grow(classification, 45)
    many = count_queries(client, path)
    assert Occupation.objects.filter(code__startswith="6-29-01-").count() >= 50
    assert many == few, f"{path}: {few} queries with 5 items, {many} with 50"
    assert many <= BUDGET, f"{path}: {many} queries"

"""The case-study pages stay within 20 SQL queries, as many with 50 case studies as with 5.

The listing counts each facet in one query and fetches each card's first photo and its
renditions for all cards at once; the detail page's photos, groups, support links and other
cases from the county are one query each. The first request of each page makes the renditions
and fills the per-process caches (site roots, locales); the second is measured.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import CasePage, CasePhoto
from portal.models import TargetGroup
from tests.cases.conftest import make_image

INDEX_BUDGET = 20
DETAIL_BUDGET = 20
COUNTIES = ["linzhou", "dazi", "nimu", "chengguan", "dangxiong"]
INDUSTRIES = ["crafts", "transport", "construction", "retail", "agriculture"]
OUTCOMES = ["employed", "business", "cooperative"]
GROUPS = ["women", "youth", "long_term_returnees", "ethnic_minorities"]


def add_cases(index, tibetan, guide, start, count):
    """`count` more case studies with a photo each, in Chinese and Tibetan."""
    by_code = {group.code: group for group in TargetGroup.objects.filter(code__in=GROUPS)}
    groups = [by_code[code] for code in GROUPS]
    for number in range(start, start + count):
        image = make_image(f"照片{number}", size=(640, 427))
        fields = {
            "slug": f"case-{number}",
            "district": COUNTIES[number % len(COUNTIES)],
            "industry": INDUSTRIES[number % len(INDUSTRIES)],
            "outcome": OUTCOMES[number % len(OUTCOMES)],
            "income_before": 2000 + number,
            "income_after": 4000 + number,
            "jobs_created": number % 7,
        }
        zh = index["zh"].add_child(
            instance=CasePage(
                title=f"案例{number}",
                person=f"化名{number}",
                lesson=f"经验{number}",
                target_groups=groups[: 1 + number % len(groups)],
                story=[("paragraph", f"<p>故事{number}</p>")],
                support=[("page", {"page": guide["zh"], "note": "培训"}), ("other", "场地")],
                photos=[CasePhoto(image=image, alt_text=f"照片{number}")],
                **fields,
            )
        )
        index["bo"].add_child(
            instance=CasePage(
                locale=tibetan,
                translation_key=zh.translation_key,
                title=f"དཔེ་མཚོན། {number}",
                person="མིང་བརྫུས།",
                lesson="ཉམས་མྱོང་།",
                target_groups=groups[: 1 + number % len(groups)],
                story=[("paragraph", "<p>བྱུང་རིམ།</p>")],
                support=[("page", {"page": guide["zh"], "note": "སྦྱོང་བརྡར།"})],
                photos=[CasePhoto(image=image, alt_text="པར་རིས།")],
                **fields,
            )
        )


def count_queries(client, path):
    assert client.get(path).status_code == 200  # renditions and per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/bo"])
@pytest.mark.parametrize("query", ["", "?county=linzhou&group=women&group=youth"])
def test_index_queries_stay_flat_from_5_to_50_cases(client, index, guide, tibetan, prefix, query):
    """4.4.2(4) on slow networks and busy servers: the listing's cost does not grow with the
    number of case studies."""
    path = f"{prefix}/cases/{query}"
    add_cases(index, tibetan, guide, 0, 5)
    few = count_queries(client, path)
    add_cases(index, tibetan, guide, 5, 45)
    many = count_queries(client, path)
    assert many == few
    assert many <= INDEX_BUDGET


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/bo"])
def test_detail_queries_stay_flat_from_5_to_50_cases(client, index, guide, tibetan, prefix):
    """4.4.2(4): a case study's page, with its photos, groups, support links and the other
    cases from its county, costs the same however many case studies there are."""
    path = f"{prefix}/cases/case-0/"
    add_cases(index, tibetan, guide, 0, 5)
    few = count_queries(client, path)
    add_cases(index, tibetan, guide, 5, 45)
    many = count_queries(client, path)
    assert many == few
    assert many <= DETAIL_BUDGET

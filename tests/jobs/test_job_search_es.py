"""The job index on Elasticsearch (clause 6.3.2): the mapping, the documents of real jobs, the
requests the job index sends for each parameter, the fall-back to the database when the cluster
cannot be reached, and (with ELASTICSEARCH_URL set) a real cluster giving the same jobs, counts
and order as the database.

No cluster can be reached on the development machines, so the unit tests check the request
bodies; the integration tests at the end run only when ELASTICSEARCH_URL names a cluster:

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python -m pytest tests/jobs -m elasticsearch
"""

import io
import json
import logging
import os
import threading
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.http import QueryDict
from django.utils import timezone

from jobs.listing import MONTHLY_WAGE, Sort, job_facets
from jobs.models import JobPage
from jobs.search import documents, queries
from portal.dates import lhasa_today
from portal.text import parse_query
from regions.models import Township
from search.backends import forget_unavailability
from search.backends.elasticsearch import disconnect, words_of
from tests.jobs.api_fixtures import build_board, make_job

pytestmark = pytest.mark.django_db

UNREACHABLE = "http://127.0.0.1:9"  # nothing listens on the discard port
FROM_DAZI_DEQING = ["dazi", "tajie", "bakuo", "last_day", "tibet", "outside"]


@pytest.fixture(autouse=True)
def no_cluster(settings):
    """Elasticsearch stays out of the tests that do not ask for it, even when ELASTICSEARCH_URL
    is set (the `cluster` fixture asks for it)."""
    settings.ELASTICSEARCH_URL = ""
    forget_unavailability()
    disconnect()
    yield
    forget_unavailability()
    disconnect()


@pytest.fixture
def board(job_index, employer, occupation, tibetan):
    return build_board(job_index, employer, occupation, tibetan)


def body(query_string="", language="zh-hans", now=None):
    """The request body the job index sends for `query_string`, as the engine builds it."""
    now = now or timezone.now()
    get = QueryDict(query_string)
    facets = job_facets(now)
    chosen = {facet.name: facet.chosen(get) for facet in facets}
    near = Township.objects.filter(code=get.get("near", "")).select_related("area").first()
    sort = get.get("sort") or (Sort.NEAR if near else Sort.NEWEST)
    query = parse_query(get["q"]) if get.get("q") else None
    page = int(get.get("page", 1))
    search = queries.build_search(language, facets, chosen, now, query, sort, near, page)
    return search.to_dict(), search


# -- the mapping ------------------------------------------------------------------------------


def test_each_language_has_a_job_index_named_with_the_environments_prefix(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "portal-staging"
    assert documents.index_name("zh-hans") == "portal-staging-jobs-zh-hans"
    assert documents.index_name("bo") == "portal-staging-jobs-bo"
    assert documents.new_index("bo", "1")._name == "portal-staging-jobs-bo-1"
    settings.ELASTICSEARCH_INDEX_PREFIX = ""
    assert documents.index_name("bo") == "portal-jobs-bo"


def test_the_mapping_has_the_site_searchs_analyzer_and_a_field_for_every_filter():
    mapping = documents.new_index("zh-hans", "1").to_dict()
    assert mapping["settings"]["analysis"]["analyzer"]["portal_words"] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase"],
    }
    properties = mapping["mappings"]["properties"]
    for name in ["title", "summary", "description", "employer", "occupation", "place"]:
        assert properties[name] == {"type": "text", "analyzer": "portal_words"}, name
    for name in ["area", "township", "area_kind", "major_group", "occupation_code"]:
        assert properties[name] == {"type": "keyword"}, name
    for name in ["language_required", "wage_unit"]:
        assert properties[name] == {"type": "keyword"}, name
    assert properties["accommodation"] == properties["meals"] == {"type": "boolean"}
    assert properties["monthly_wage"] == {"type": "integer"}
    assert properties["posted"] == properties["closing_date"] == {"type": "date"}
    assert properties["location"] == {"type": "geo_point"}


# -- documents --------------------------------------------------------------------------------


def test_a_job_document_holds_its_words_filters_and_place(board):
    zh, bo = board
    job = zh["dazi"]
    document = documents.from_page(job).to_dict(include_meta=True)
    assert document["_id"] == job.pk
    assert document["_index"] == "portal-jobs-zh-hans"
    source = document["_source"]
    # Words as portal.text cuts them for the database index too, separated by spaces.
    assert source["title"] == words_of(job.title)
    assert "电工" in source["title"].split()
    assert source["occupation"] == "电工"
    assert source["employer"] == words_of("拉萨市达孜区雪域建筑工程有限公司")
    assert source["place"] == words_of("达孜区 德庆镇")
    assert source["description"] == words_of("工作内容。")
    assert source["area"] == "dazi" and source["township"] == "dazi-deqing"
    assert source["area_kind"] == "district"
    assert source["major_group"] == "6" and source["occupation_code"] == "6-31-01-03"
    assert source["accommodation"] is True and source["meals"] is True
    assert source["language_required"] == "bo" and source["wage_unit"] == "month"
    assert source["monthly_wage"] == 6500
    assert source["posted"] == job.first_published_at
    assert source["closing_date"] == job.closing_date
    deqing = job.township
    assert source["location"] == {"lat": float(deqing.latitude), "lon": float(deqing.longitude)}


def test_a_days_wage_is_reckoned_by_the_month_as_the_database_does(board):
    zh, _ = board
    assert documents.from_page(zh["bakuo"]).monthly_wage == 350 * 2175 // 100
    assert documents.from_page(zh["tibet"]).to_dict().get("monthly_wage") is None
    wages = JobPage.objects.open().annotate(monthly_wage=MONTHLY_WAGE)
    for job in wages.filter(locale__language_code="zh-hans"):
        assert documents.from_page(job).monthly_wage == job.monthly_wage


def test_a_tibetan_job_document_has_tibetan_names_only(board):
    """4.1.3: a Tibetan page is not found by the Chinese names of its employer or place."""
    _, bo = board
    source = documents.from_page(bo["dazi"]).to_dict(include_meta=True)
    assert source["_index"] == "portal-jobs-bo"
    words = source["_source"]
    assert words["occupation"] == "གློག བཟོ བ"
    assert "སྟག རྩེ" in words["place"] and "达孜" not in words["place"]
    assert "达孜" not in words["employer"] and "ཀུང སི" in words["employer"]
    assert words["title"].startswith("སྟག རྩེ ཆུས")


# -- requests ---------------------------------------------------------------------------------


def test_only_open_jobs_are_asked_for(board):
    now = timezone.now()
    request, search = body(now=now)
    assert request["query"]["bool"]["filter"] == [
        {"range": {"closing_date": {"gte": lhasa_today(now).isoformat()}}},
        {
            "bool": {
                "should": [
                    {"bool": {"must_not": [{"exists": {"field": "expire_at"}}]}},
                    {"range": {"expire_at": {"gt": now.isoformat()}}},
                ],
                "minimum_should_match": 1,
            }
        },
    ]
    assert "must" not in request["query"]["bool"]
    assert "post_filter" not in request
    assert search._index == ["portal-jobs-zh-hans"]
    assert request["_source"] == ["job_id"] and request["track_total_hits"] is True
    assert request["from"] == 0 and request["size"] == 20


def test_each_facet_is_counted_for_its_options_without_other_filters_when_none_is_chosen(board):
    request, _ = body()
    aggs = request["aggs"]
    assert set(aggs) == {
        "area",
        "group",
        "wage",
        "shortage",
        "accommodation",
        "meals",
        "posted",
        "language",
    }
    assert all(agg["filter"] == {"match_all": {}} for agg in aggs.values())
    assert aggs["area"]["aggs"]["options"]["filters"]["filters"]["dazi"] == {
        "term": {"area": "dazi"}
    }
    assert aggs["group"]["aggs"]["options"]["filters"]["filters"] == {
        "4": {"term": {"major_group": "4"}},
        "6": {"term": {"major_group": "6"}},
    }
    assert aggs["wage"]["aggs"]["options"]["filters"]["filters"]["5000"] == {
        "range": {"monthly_wage": {"gte": 5000}}
    }
    assert aggs["shortage"]["aggs"]["options"]["filters"]["filters"] == {
        "yes": {"terms": {"occupation_code": ["6-31-01-03"]}}
    }


@pytest.mark.parametrize(
    "query_string, condition",
    [
        ("area=dazi", {"term": {"area": "dazi"}}),
        ("group=6", {"term": {"major_group": "6"}}),
        ("wage=5000", {"range": {"monthly_wage": {"gte": 5000}}}),
        ("shortage=yes", {"terms": {"occupation_code": ["6-31-01-03"]}}),
        ("accommodation=yes", {"term": {"accommodation": True}}),
        ("meals=yes", {"term": {"meals": True}}),
        ("language=bo", {"terms": {"language_required": ["either", "bo"]}}),
    ],
)
def test_each_filter_is_a_post_filter_and_narrows_the_other_facets_counts(
    board, query_string, condition
):
    request, _ = body(query_string)
    assert request["post_filter"] == {"bool": {"filter": [condition]}}
    name = query_string.split("=")[0]
    aggs = request["aggs"]
    # Its own options are counted without it, every other facet's with it.
    assert aggs[name]["filter"] == {"match_all": {}}
    for other, agg in aggs.items():
        if other != name:
            assert agg["filter"] == {"bool": {"filter": [condition]}}, other


def test_posted_within_days_counts_back_from_now(board):
    now = timezone.now()
    request, _ = body("posted=7", now=now)
    since = (now - timedelta(days=7)).isoformat()
    assert request["post_filter"] == {"bool": {"filter": [{"range": {"posted": {"gte": since}}}]}}


def test_two_filters_each_count_with_the_other_and_unknown_values_are_ignored(board):
    request, _ = body("area=dazi&area=nowhere&accommodation=yes&wage=12345")
    area = {"term": {"area": "dazi"}}
    room = {"term": {"accommodation": True}}
    assert request["post_filter"] == {"bool": {"filter": [area, room]}}
    assert request["aggs"]["area"]["filter"] == {"bool": {"filter": [room]}}
    assert request["aggs"]["accommodation"]["filter"] == {"bool": {"filter": [area]}}
    assert request["aggs"]["meals"]["filter"] == {"bool": {"filter": [area, room]}}


def test_a_keyword_searches_the_jobs_words_with_the_title_first(board):
    request, _ = body("q=高压电工")
    must = request["query"]["bool"]["must"][0]["bool"]["must"]
    assert [clause["multi_match"]["query"] for clause in must] == ["高压", "电工"]
    assert must[0]["multi_match"]["fields"] == queries.TEXT_FIELDS
    assert queries.TEXT_FIELDS[0] == "title^4"


def test_nearest_first_sorts_by_tier_then_distance_from_the_chosen_township(board):
    request, _ = body("near=dazi-deqing")
    deqing = Township.objects.get(code="dazi-deqing")
    at = {"lat": float(deqing.latitude), "lon": float(deqing.longitude)}
    tier, distance, newest, pk = request["sort"]
    script = tier["_script"]
    assert script["order"] == "asc" and script["type"] == "number"
    assert script["script"]["params"] == {
        "township": "dazi-deqing",
        "area": "dazi",
        "home_in_lhasa": True,
    }
    assert distance == {"_geo_distance": {"location": at, "order": "asc", "unit": "km"}}
    assert newest == {"posted": {"order": "desc"}} and pk == {"job_id": {"order": "desc"}}


def test_the_other_orders_and_pages(board):
    assert body("sort=newest")[0]["sort"] == queries.NEWEST
    assert body("sort=wage")[0]["sort"] == [
        {"monthly_wage": {"order": "desc", "missing": "_last"}},
        *queries.NEWEST,
    ]
    assert body("page=3")[0]["from"] == 40


# -- the engine -------------------------------------------------------------------------------


class CannedCluster(BaseHTTPRequestHandler):
    """Answers every search with `server.answer(body)` and keeps the requests, so the engine's
    reading of an answer is tested without a cluster (the answer is not checked against the
    query; the integration tests below do that)."""

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, body))
        data = json.dumps(self.server.answer(body)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def canned(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), CannedCluster)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    server.server_close()


def answer(ids, total, counts):
    """A search answer with the hits `ids` and the option counts {facet: {value: count}}."""
    return {
        "took": 1,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {
            "total": {"value": total, "relation": "eq"},
            "max_score": None,
            "hits": [
                {"_index": "portal-jobs-zh-hans", "_id": str(pk), "_source": {"job_id": pk}}
                for pk in ids
            ],
        },
        "aggregations": {
            name: {
                "doc_count": total,
                "options": {"buckets": {value: {"doc_count": n} for value, n in options.items()}},
            }
            for name, options in counts.items()
        },
    }


def test_the_engine_lists_the_hits_in_order_with_the_clusters_counts(client, board, canned):
    zh, _ = board
    order = ["outside", "expired", "dazi", "bakuo"]  # "expired" is in the index, but closed
    canned.answer = lambda body: answer(
        [zh[key].pk for key in order], 4, {"area": {"dazi": 1, "chengguan": 1}}
    )
    response = client.get("/jobs/", {"area": "chengguan", "accommodation": "yes", "sort": "wage"})
    found = response.context["listing"]
    by_pk = {page.pk: key for key, page in zh.items()}
    assert [by_pk[job.pk] for job in found.page.object_list] == ["outside", "dazi", "bakuo"]
    assert found.total == 4 and found.sort == "wage"
    area = next(facet for facet in found.facets if facet.name == "area")
    assert {option.value: option.count for option in area.options if option.count} == {
        "dazi": 1,
        "chengguan": 1,
    }
    assert [option.value for option in area.options if option.selected] == ["chengguan"]
    path, sent = canned.requests[0]
    assert path.startswith("/portal-jobs-zh-hans/_search")
    assert sent["post_filter"]["bool"]["filter"] == [
        {"term": {"area": "chengguan"}},
        {"term": {"accommodation": True}},
    ]


def test_a_page_past_the_end_shows_the_last_page_like_the_database(client, board, canned):
    _, bo = board
    canned.answer = lambda body: answer([bo["dazi"].pk] if body["from"] == 20 else [], 21, {})
    found = client.get("/bo/jobs/", {"page": "9", "near": "dazi-deqing"}).context["listing"]
    assert [body["from"] for _path, body in canned.requests] == [160, 20]
    assert canned.requests[0][0].startswith("/portal-jobs-bo/_search")
    assert found.page.number == 2 and found.page.paginator.num_pages == 2
    assert [job.pk for job in found.page.object_list] == [bo["dazi"].pk]
    assert found.page.object_list[0].distance.tier == 0  # the same township


# -- the fall-back ----------------------------------------------------------------------------


def test_the_job_index_falls_back_to_the_database_with_a_warning(client, board, settings, caplog):
    """When the cluster cannot be reached, the database answers the page and the API, with
    the same filters and order, a warning is logged, and the cluster is left alone for a while
    (search.backends.RETRY_SECONDS) instead of being asked on every request."""
    settings.ELASTICSEARCH_URL = UNREACHABLE
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        response = client.get("/jobs/", {"near": "dazi-deqing", "q": "电工"})
    assert response.status_code == 200
    by_pk = {page.pk: key for key, page in board[0].items()}
    assert [by_pk[job.pk] for job in response.context["listing"].page.object_list] == [
        "dazi",
        "bakuo",
        "tibet",
    ]
    warnings = [r for r in caplog.records if "the job index" in r.getMessage()]
    assert len(warnings) == 1

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        data = client.get("/api/v1/jobs/", {"area": "dazi"}).json()
    assert data["count"] == 2
    assert caplog.records == []  # not asked again yet


def test_publishing_and_unpublishing_jobs_go_on_when_the_cluster_is_down(
    board, job_index, employer, occupation, settings, caplog, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    with caplog.at_level(logging.WARNING, logger="jobs.search.indexing"):
        with django_capture_on_commit_callbacks(execute=True):
            job = make_job(
                job_index["zh"],
                "new",
                employer=employer,
                occupation=occupation,
                township="dazi-deqing",
                title="新电工",
            )
        with django_capture_on_commit_callbacks(execute=True):
            job.unpublish()
    messages = [r.getMessage() for r in caplog.records if r.name == "jobs.search.indexing"]
    assert any(f"Could not update job {job.pk}" in message for message in messages)
    assert any(f"Could not remove job {job.pk}" in message for message in messages)
    assert not JobPage.objects.open().filter(pk=job.pk).exists()


# -- with a cluster ---------------------------------------------------------------------------

CLUSTER = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture
def cluster(settings):
    if not CLUSTER:
        pytest.skip(
            "needs an Elasticsearch cluster: set ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200)"
        )
    settings.ELASTICSEARCH_URL = CLUSTER
    settings.ELASTICSEARCH_INDEX_PREFIX = f"portal-test-{uuid.uuid4().hex[:8]}"
    disconnect()
    from search.backends.elasticsearch import connect

    client = connect()
    yield client
    for name in client.indices.get(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*"):
        client.indices.delete(index=name)


def api(client, settings, url, params, engine):
    """The API's answer, from Elasticsearch (`engine` "elasticsearch") or the database."""
    settings.ELASTICSEARCH_URL = CLUSTER if engine == "elasticsearch" else ""
    response = client.get(url, params)
    assert response.status_code == 200
    return response.json()


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"near": "dazi-deqing"},
        {"q": "电工", "near": "dazi-deqing"},
        {"area": "dazi", "accommodation": "yes"},
        {"group": "4", "wage": "5000"},
        {"shortage": "yes", "language": "zh"},
        {"posted": "7", "meals": "yes"},
        {"sort": "wage"},
        {"q": "中式烹调师", "lang": "zh-hans"},
        {"q": "ཀྲུང་གོའི་ལུགས", "lang": "bo"},
    ],
)
def test_the_cluster_gives_the_databases_jobs_counts_and_order(
    cluster, client, board, settings, params, caplog
):
    call_command("reindex_search", "--elasticsearch", stdout=io.StringIO())
    with caplog.at_level(logging.WARNING, logger="jobs.listing"):
        found = api(client, settings, "/api/v1/jobs/", params, "elasticsearch")
    assert not [r for r in caplog.records if "using the database" in r.getMessage()]
    expected = api(client, settings, "/api/v1/jobs/", params, "database")
    assert [job["id"] for job in found["results"]] == [job["id"] for job in expected["results"]]
    assert found["count"] == expected["count"]
    assert found["facets"] == expected["facets"]


@pytest.mark.elasticsearch
def test_reindex_then_nearest_first_from_dazi(cluster, client, board):
    output = io.StringIO()
    call_command("reindex_search", "--elasticsearch", stdout=output)
    assert "Elasticsearch jobs (zh-hans)" in output.getvalue()
    assert "Indexed 6 zh-hans jobs" in output.getvalue()
    listing = client.get("/jobs/", {"near": "dazi-deqing"}).context["listing"]
    by_pk = {page.pk: key for key, page in board[0].items()}
    assert [by_pk[job.pk] for job in listing.page.object_list] == FROM_DAZI_DEQING


@pytest.mark.elasticsearch
def test_publish_and_unpublish_update_the_cluster(
    cluster, client, board, job_index, employer, occupation, django_capture_on_commit_callbacks
):
    call_command("reindex_search", "--elasticsearch", stdout=io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        job = make_job(
            job_index["zh"],
            "welder",
            employer=employer,
            occupation=occupation,
            township="dazi-deqing",
            title="招聘电焊工",
        )
    cluster.indices.refresh(index=documents.index_name("zh-hans"))
    listing = client.get("/jobs/", {"q": "电焊工"}).context["listing"]
    assert [found.pk for found in listing.page.object_list] == [job.pk]

    with django_capture_on_commit_callbacks(execute=True):
        job.unpublish()
    cluster.indices.refresh(index=documents.index_name("zh-hans"))
    assert client.get("/jobs/", {"q": "电焊工"}).context["listing"].total == 0

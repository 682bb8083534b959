"""The read-only JSON API of open jobs (6.3.1: published jobs others can reuse; 6.3.2: the
same filters, counts and nearest-first order as the job index), and its OpenAPI document."""

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jobs.choices import ContractType, LanguageRequired, SkillRequired, WageUnit
from jobs.listing import Sort, job_facets, job_listing
from jobs.models import JobPage
from portal.dates import lhasa_today
from regions.distance import Tier
from tests.jobs.api_fixtures import OPEN, build_board, make_job

API = "/api/v1/jobs/"
OPENAPI = "/api/v1/openapi.json"
NEWEST_FIRST = ["tajie", "dazi", "tibet", "bakuo", "last_day", "outside"]
FROM_DAZI_DEQING = ["dazi", "tajie", "bakuo", "last_day", "tibet", "outside"]


@pytest.fixture
def board(job_index, employer, occupation, tibetan):
    return build_board(job_index, employer, occupation, tibetan)


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def keys_of(board, results, language="zh"):
    pages = board[0] if language == "zh" else board[1]
    by_id = {job.pk: key for key, job in pages.items()}
    return [by_id[result["id"]] for result in results]


# A JSON Schema check, just the keywords the document uses, so that every answer the tests get is
# held to the document; stricter than JSON Schema in one way: a property must be documented.
def check(schema, value, document, where="$"):
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return check(document["components"]["schemas"][name], value, document, where)
    if "oneOf" in schema:
        matches = 0
        for part in schema["oneOf"]:
            try:
                check(part, value, document, where)
                matches += 1
            except AssertionError:
                pass
        assert matches == 1, f"{where}: {value!r} matches {matches} of oneOf"
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    types = schema.get("type")
    if types:
        types = types if isinstance(types, list) else [types]
        python = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "number": (int, float),
            "boolean": bool,
            "null": type(None),
        }
        assert any(
            isinstance(value, python[kind]) and not (kind != "boolean" and value is True)
            for kind in types
        ), f"{where}: {value!r} is not {types}"
    if isinstance(value, dict) and "properties" in schema:
        for name in schema["required"]:
            assert name in value, f"{where}: {name} missing"
        for name, item in value.items():
            assert name in schema["properties"], f"{where}.{name} is not documented"
            check(schema["properties"][name], item, document, f"{where}.{name}")
    if isinstance(value, list):
        assert len(value) <= schema.get("maxItems", len(value)), where
        for number, item in enumerate(value):
            check(schema.get("items", {}), item, document, f"{where}[{number}]")


def response_schema(document, path, status):
    answer = document["paths"][path]["get"]["responses"][str(status)]
    return answer["content"]["application/json"]["schema"]


@pytest.mark.django_db
def test_a_result_has_the_documented_shape(client, board):
    """6.3.1: every fact of an open job, in Chinese by default, as the document says."""
    data = get(client, API)
    document = get(client, OPENAPI)
    check(response_schema(document, "/jobs/", 200), data, document)
    assert data["count"] == len(OPEN)
    assert keys_of(board, data["results"]) == NEWEST_FIRST
    dazi = data["results"][1]
    job = board[0]["dazi"]
    assert dazi == {
        "id": job.pk,
        "url": "http://testserver/jobs/dazi/",
        "title": "达孜区德庆镇招聘电工",
        "employer": {"name": "拉萨市达孜区雪域建筑工程有限公司", "verified": False},
        "occupation": {"code": "6-31-01-03", "name": "电工"},
        "skill_required": {"code": "none", "name": str(SkillRequired.NONE.label)},
        "headcount": 1,
        "wage": {"min": 5000, "max": 6500, "unit": "month", "currency": "CNY"},
        "workplace": {
            "township": {"code": "dazi-deqing", "name": "德庆镇"},
            "area": {"code": "dazi", "name": "达孜区"},
            "latitude": float(job.township.latitude),
            "longitude": float(job.township.longitude),
        },
        "accommodation": True,
        "meals": True,
        "language_required": {"code": "bo", "name": str(LanguageRequired.TIBETAN.label)},
        "contract_type": {"code": "fixed_term", "name": str(ContractType.FIXED_TERM.label)},
        "start_date": None,
        "closing_date": (lhasa_today() + timedelta(days=30)).isoformat(),
        "date_posted": lhasa_today(job.first_published_at).isoformat(),
    }
    assert data["results"][0]["employer"] == {"name": "拉萨圣地餐饮有限公司", "verified": True}
    assert "distance" not in dazi


@pytest.mark.django_db
def test_tibetan_results_are_the_tibetan_pages_with_tibetan_names(client, board):
    """4.1.3: ?lang=bo gives the Tibetan jobs, names and labels."""
    data = get(client, API, lang="bo")
    assert keys_of(board, data["results"], "bo") == NEWEST_FIRST
    dazi = data["results"][1]
    assert dazi["title"] == "སྟག་རྩེ་ཆུས་བདེ་ཆེན་དུ་གློག་བཟོ་བ་དགོས།"
    assert dazi["url"] == "http://testserver/bo/jobs/dazi/"
    assert dazi["employer"]["name"] == "ལྷ་ས་སྟག་རྩེ་ཆུས་གངས་ཅན་འཛུགས་སྐྲུན་ཚད་ཡོད་ཀུང་སི།"
    assert dazi["occupation"]["name"] == "གློག་བཟོ་བ།"
    assert dazi["workplace"]["area"]["name"] == "སྟག་རྩེ་ཆུས།"
    area = next(facet for facet in data["facets"] if facet["name"] == "area")
    assert {"value": "dazi", "label": "སྟག་རྩེ་ཆུས།", "count": 2, "selected": False} in area["options"]


FILTERS = [
    ("area", "dazi", {"dazi", "tajie"}),
    ("area", "chengguan", {"bakuo", "last_day"}),
    ("group", "6", {"dazi", "bakuo", "tibet"}),
    ("group", "4", {"tajie", "outside", "last_day"}),
    ("wage", "5000", {"dazi", "bakuo", "outside"}),
    ("shortage", "yes", {"dazi", "bakuo", "tibet"}),
    ("accommodation", "yes", {"dazi", "tajie", "outside"}),
    ("meals", "yes", {"dazi", "bakuo", "outside"}),
    ("posted", "7", {"tajie", "dazi", "tibet"}),
    ("posted", "1", {"tajie"}),
    ("language", "zh", {"tajie", "bakuo", "tibet", "outside", "last_day"}),
    ("language", "bo", {"dazi", "tajie", "tibet", "last_day"}),
    ("q", "电工", {"dazi", "bakuo", "tibet"}),
]


@pytest.mark.django_db
def test_every_filter_narrows(client, board):
    """6.3.2: each filter of the job index, given to the API, keeps just the matching jobs;
    every facet of the listing is covered."""
    for name, value, expected in FILTERS:
        data = get(client, API, **{name: value})
        assert set(keys_of(board, data["results"])) == expected, (name, value)
        assert data["count"] == len(expected)
    facets = {facet.name for facet in job_facets(timezone.now())}
    assert facets <= {name for name, _value, _expected in FILTERS}


QUERIES = [
    "",
    "area=dazi",
    "area=dazi&meals=yes",
    "group=6&wage=4000",
    "shortage=yes&language=bo",
    "accommodation=yes&meals=yes&posted=30",
    "q=电工&area=chengguan",
    "q=厨师&sort=wage",
    "near=dazi-deqing&group=4",
    "area=nowhere&wage=12345&posted=abc&language=fr&sort=best",
    "lang=bo&area=dazi&meals=yes",
]


@pytest.mark.django_db
def test_results_and_counts_are_those_of_the_job_index(client, rf, board, job_index):
    """6.3.2: for the same query string the API lists the same jobs in the same order with the
    same counts per filter option as the HTML job index (both come from `job_listing`);
    unknown values are ignored alike."""
    for query in QUERIES:
        data = get(client, f"{API}?{query}")
        language = "bo" if "lang=bo" in query else "zh"
        index = job_index[language]
        listing = job_listing(rf.get(f"/jobs/?{query}"), index.jobs())
        assert [result["id"] for result in data["results"]] == [
            job.pk for job in listing.page.object_list
        ], query
        assert data["count"] == listing.total
        assert [
            (facet["name"], [(o["value"], o["count"], o["selected"]) for o in facet["options"]])
            for facet in data["facets"]
        ] == [
            (facet.name, [(o.value, o.count, o.selected) for o in facet.options])
            for facet in listing.facets
        ], query


@pytest.mark.django_db
def test_near_gives_distances_and_nearest_first(client, board):
    """6.3.2 (就近就地): from Dechen in Dazi, Dazi jobs come before Chengguan jobs, before the
    rest of Tibet and outside Tibet, each with its distance tier and kilometres."""
    data = get(client, API, near="dazi-deqing")
    assert data["sort"] == Sort.NEAR
    assert data["near"] == {"code": "dazi-deqing", "name": "德庆镇"}
    assert keys_of(board, data["results"]) == FROM_DAZI_DEQING
    distances = [result["distance"] for result in data["results"]]
    assert [d["tier"] for d in distances] == [
        Tier.SAME_TOWNSHIP,
        Tier.SAME_AREA,
        Tier.LHASA,
        Tier.LHASA,
        Tier.TIBET,
        Tier.OUTSIDE,
    ]
    assert distances[0]["km"] == 0
    assert 0 < distances[1]["km"] < distances[2]["km"]
    assert distances[4]["km"] is None and distances[5]["km"] is None
    newest = get(client, API, near="dazi-deqing", sort="newest")
    assert keys_of(board, newest["results"]) == NEWEST_FIRST
    assert "distance" in newest["results"][0]
    document = get(client, OPENAPI)
    check(response_schema(document, "/jobs/", 200), data, document)


@pytest.mark.django_db
def test_pagination_links(client, board, monkeypatch):
    """Pages of the list link to each other with absolute URLs that keep the query."""
    monkeypatch.setattr("jobs.listing.PER_PAGE", 2)
    first = get(client, API, lang="bo", meals="yes", q="")
    assert first["count"] == 3 and first["page"] == 1 and first["pages"] == 2
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/v1/jobs/?")
    assert QueryDict(first["next"].split("?", 1)[1]).dict() == {
        "lang": "bo",
        "meals": "yes",
        "q": "",
        "page": "2",
    }
    second = get(client, first["next"])
    assert second["page"] == 2 and second["next"] is None
    assert QueryDict(second["previous"].split("?", 1)[1])["page"] == "1"
    assert len(first["results"]) == 2 and len(second["results"]) == 1
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    # Past the end gives the last page, like the job index; anything else the first.
    assert get(client, API, lang="bo", meals="yes", page="99999999")["page"] == 2
    assert get(client, API, lang="bo", meals="yes", page="abc")["page"] == 1


@pytest.mark.django_db
def test_detail_of_an_open_job(client, board):
    """6.3.1: one open job with its texts, in the language of its page."""
    zh, bo = board
    data = get(client, f"{API}{zh['dazi'].pk}/")
    document = get(client, OPENAPI)
    check(response_schema(document, "/jobs/{id}/", 200), data, document)
    assert data["title"] == "达孜区德庆镇招聘电工"
    assert data["working_hours"] == "每天8小时"
    assert data["description_html"] == "<p>工作内容。</p>"
    assert data["how_to_apply_html"] == "<p>电话联系。</p>"
    assert "distance" not in data
    near = get(client, f"{API}{zh['tajie'].pk}/", near="dazi-deqing")
    assert near["distance"]["tier"] == Tier.SAME_AREA
    tibetan = get(client, f"{API}{bo['dazi'].pk}", lang="bo")
    assert tibetan["title"] == "སྟག་རྩེ་ཆུས་བདེ་ཆེན་དུ་གློག་བཟོ་བ་དགོས།"
    # An id is a page in one language.
    get(client, f"{API}{zh['dazi'].pk}/", status=404, lang="bo")


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["expired", "draft", "withdrawn", "stopped"])
def test_detail_of_a_job_that_is_not_open_is_404(client, board, key):
    """6.3.1: closed yesterday, draft, withdrawn or past its expiry: not found, in JSON."""
    data = get(client, f"{API}{board[0][key].pk}/", status=404)
    assert data["error"]["code"] == "not_found"
    assert data["error"]["message"]


@pytest.mark.django_db
def test_a_job_leaves_the_api_the_day_after_its_closing_date(client, board, monkeypatch):
    """6.3.1: the job closing today is listed today and gone tomorrow, with no task run."""
    last_day = board[0]["last_day"].pk
    assert last_day in [r["id"] for r in get(client, API)["results"]]
    get(client, f"{API}{last_day}/")
    tomorrow = lhasa_today() + timedelta(days=1)
    monkeypatch.setattr("jobs.models.postings.lhasa_today", lambda now=None: tomorrow)
    assert last_day not in [r["id"] for r in get(client, API)["results"]]
    get(client, f"{API}{last_day}/", status=404)


@pytest.mark.django_db
def test_read_only_json_errors_and_cache_headers(client, board):
    """Only GET and HEAD; every error is JSON; answers may be cached for five minutes."""
    document = get(client, OPENAPI)
    job = board[0]["dazi"].pk
    for url in (API, f"{API}{job}/", OPENAPI):
        assert client.get(url)["Cache-Control"] == "public, max-age=300"
        assert client.head(url).status_code == 200
        for method in (client.post, client.put, client.patch, client.delete):
            response = method(url)
            assert response.status_code == 405
            assert response["Allow"] == "GET, HEAD"
            assert response.json()["error"]["code"] == "method_not_allowed"
    for lang in ("en", "ZH-HANS", "", "bo-x"):
        data = get(client, API, status=400, lang=lang)
        assert data["error"]["code"] == "invalid_language"
        check(response_schema(document, "/jobs/", 400), data, document)
    for url in ("/api/v1/nothing", "/api/v1/jobs/abc/", "/api/v1/jobs/9999999999/"):
        data = get(client, url, status=404)
        check(response_schema(document, "/jobs/{id}/", 404), data, document)


HOSTILE = [
    {"page": "99999999999999999999"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "9" * 5000},
    {"page": "1.5"},
    {"near": "../../"},
    {"near": "x" * 10000},
    {"near": "dazi-deqing", "sort": "near", "page": "2"},
    {"q": "电" * 10000},
    {"q": '"*:()^-+~'},
    {"q": "NEAR(电工 厨师) OR AND NOT"},
    {"q": "ཀ" * 3000},
    {"q": "%' OR 1=1 --"},
    {"area": ["dazi", "nowhere", "../"]},
    {"group": "6-"},
    {"wage": "abc"},
    {"posted": "-1"},
    {"shortage": ["yes", "no", "yes"]},
    {"sort": "'; DROP TABLE jobs_jobpage; --"},
    {"lang": ["bo", "zh-hans"]},
    {"language": "ཀ"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("params", HOSTILE)
def test_hostile_query_strings_never_cause_a_server_error(client, job_index, params):
    """Whatever the query string, the answer is a JSON page or a JSON error, never a 500."""
    response = client.get(API, params)
    assert response.status_code == 200, response.content
    assert isinstance(response.json()["results"], list)


@pytest.mark.django_db
def test_a_nul_character_is_refused(client, job_index):
    """The databases refuse NUL in a query (PostgreSQL raises), so the API says 400 first."""
    for name in ("q", "near", "area", "page"):
        data = get(client, API, status=400, **{name: "电\0工"})
        assert data["error"]["code"] == "invalid_query"


@pytest.mark.django_db
def test_no_job_index_in_the_language_is_404(client, site):
    get(client, API, status=404)


class RecordingQueryDict(QueryDict):
    """Remembers every parameter the code reads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)


@pytest.mark.django_db
def test_openapi_documents_every_parameter_and_enum(client, rf, job_index, occupation):
    """The document is OpenAPI 3.1 JSON; it names every query parameter `job_listing` reads
    and every allowed value of the choices the code uses."""
    response = client.get(OPENAPI)
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": "http://testserver/api/v1"}]
    request = rf.get("/jobs/")
    request.GET = RecordingQueryDict("")
    job_listing(request, job_index["zh"].jobs())
    assert request.GET.read >= {"q", "near", "sort", "page", "area", "wage"}
    parameters = {p["name"]: p for p in document["paths"]["/jobs/"]["get"]["parameters"]}
    assert set(parameters) == request.GET.read | {"lang"}
    assert {p["in"] for p in parameters.values()} == {"query"}

    def allowed(name):
        schema = parameters[name]["schema"]
        return schema.get("items", schema)["enum"]

    assert allowed("sort") == [value for value, _label in Sort.CHOICES]
    assert allowed("lang") == ["zh-hans", "bo"]
    for facet in job_facets(timezone.now()):
        assert allowed(facet.name) == [value for value, _label in facet.get_choices()]
    assert "dazi" in allowed("area") and "6" in allowed("group")
    assert "dazi-deqing" in allowed("near")
    schemas = document["components"]["schemas"]
    job = schemas["Job"]["properties"]
    assert job["skill_required"]["properties"]["code"]["enum"] == SkillRequired.values
    assert job["language_required"]["properties"]["code"]["enum"] == LanguageRequired.values
    assert job["contract_type"]["properties"]["code"]["enum"] == ContractType.values
    assert job["wage"]["properties"]["unit"]["enum"] == WageUnit.values
    assert schemas["Distance"]["properties"]["tier"]["enum"] == Tier.values
    detail = document["paths"]["/jobs/{id}/"]["get"]
    assert {p["name"] for p in detail["parameters"]} == {"id", "lang", "near"}
    assert set(detail["responses"]) == {"200", "400", "404", "405"}


@pytest.mark.django_db
def test_openapi_is_in_the_chosen_language(client, job_index):
    chinese = get(client, OPENAPI)
    tibetan = get(client, OPENAPI, lang="bo")
    assert chinese["info"]["title"] != tibetan["info"]["title"]
    area = {p["name"]: p for p in tibetan["paths"]["/jobs/"]["get"]["parameters"]}["area"]
    assert (
        area["description"]
        != {p["name"]: p for p in chinese["paths"]["/jobs/"]["get"]["parameters"]}["area"][
            "description"
        ]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "q=电工&near=dazi-deqing&meals=yes&sort=wage"])
def test_list_queries_do_not_grow_with_the_number_of_jobs(
    client, job_index, employer, occupation, query
):
    """The list makes as many queries for 40 jobs (a full page of 20) as for 5."""

    def add(count, start):
        for number in range(start, start + count):
            make_job(
                job_index["zh"],
                f"job-{number}",
                title=f"招聘电工{number}",
                employer=employer,
                occupation=occupation,
                township=["dazi-deqing", "chengguan-bakuo", "outside-tibet"][number % 3],
                meals=True,
                days=number,
            )

    def queries():
        client.get(f"{API}?{query}")  # warm: the site's root paths and locales are cached
        with CaptureQueriesContext(connection) as captured:
            data = get(client, f"{API}?{query}")
        return [query["sql"] for query in captured.captured_queries], data

    add(5, 0)
    few, data = queries()
    assert data["count"] >= 1
    add(35, 5)
    many, data = queries()
    assert data["count"] > 20 and len(data["results"]) == 20
    assert len(many) == len(few), "\n".join(many)
    assert JobPage.objects.count() == 40

"""The job index's request to Elasticsearch: the same keyword, filters, counts and orders as the
database listing (jobs/listing.py), built as an `elasticsearch.dsl` Search.

Only open jobs are asked for (closing date not past in Lhasa, Wagtail's expiry time not past), so
a job drops out on the day after its closing date without a rebuild or a scheduled task. The
reader's filters are a post_filter, and each filter's options are counted by an aggregation
that applies the reader's OTHER filters, as portal.listing counts them.
"""

from datetime import timedelta

from elasticsearch import dsl

from jobs.choices import LanguageRequired
from jobs.listing import PER_PAGE, Sort
from jobs.search.documents import index_name
from occupations.models import ShortageEntry
from portal.dates import lhasa_today
from portal.text import decode_token
from search.backends.elasticsearch import CONNECTION

TEXT_FIELDS = ["title^4", "occupation^2", "employer", "place", "summary", "description"]

# The tier of regions.distance.tier(home, workplace), for the nearest-first order.
TIER_SCRIPT = """
String kind = doc['area_kind'].value;
if (kind == 'outside') { return 4; }
if (kind == 'tibet') { return 3; }
if (!params.home_in_lhasa) { return 2; }
if (doc['township'].value == params.township) { return 0; }
if (doc['area'].value == params.area) { return 1; }
return 2;
"""


def _phrase(tokens):
    text = " ".join(decode_token(token) for token in tokens)
    if len(tokens) == 1:
        return dsl.Q("multi_match", query=text, fields=TEXT_FIELDS)
    return dsl.Q("multi_match", query=text, fields=TEXT_FIELDS, type="phrase")


def _all(queries):
    return queries[0] if len(queries) == 1 else dsl.Q("bool", must=queries)


def _any(queries):
    if len(queries) == 1:
        return queries[0]
    return dsl.Q("bool", should=queries, minimum_should_match=1)


def keyword_query(query):
    """A SearchQuery (portal.text) over the job's text fields."""
    clauses = [
        _any([_all([_phrase(phrase) for phrase in alternative]) for alternative in clause])
        for clause in query.clauses
    ]
    return _all(clauses) if query.operator == "and" else _any(clauses)


def open_jobs(now):
    """Jobs a worker can apply for at `now`, as JobPage.objects.open() decides."""
    return [
        dsl.Q("range", closing_date={"gte": lhasa_today(now).isoformat()}),
        dsl.Q(
            "bool",
            should=[
                dsl.Q("bool", must_not=[dsl.Q("exists", field="expire_at")]),
                dsl.Q("range", expire_at={"gt": now.isoformat()}),
            ],
            minimum_should_match=1,
        ),
    ]


def shortage_codes():
    return sorted(ShortageEntry.objects.current().values_list("occupation__code", flat=True))


def option_conditions(now):
    """For each facet of jobs.listing.job_facets: option value → Elasticsearch query."""
    return {
        "area": lambda code: dsl.Q("term", area=code),
        "group": lambda code: dsl.Q("term", major_group=code),
        "wage": lambda value: dsl.Q("range", monthly_wage={"gte": int(value)}),
        "shortage": lambda value: dsl.Q("terms", occupation_code=shortage_codes()),
        "accommodation": lambda value: dsl.Q("term", accommodation=True),
        "meals": lambda value: dsl.Q("term", meals=True),
        "posted": lambda days: dsl.Q(
            "range", posted={"gte": (now - timedelta(days=int(days))).isoformat()}
        ),
        "language": lambda language: dsl.Q(
            "terms", language_required=[LanguageRequired.EITHER.value, language]
        ),
    }


def _both(queries):
    return dsl.Q("bool", filter=queries) if queries else dsl.Q("match_all")


def facet_filters(facets, chosen, now):
    """{facet name: the query of the values chosen for it (any of them), or None}."""
    conditions = option_conditions(now)
    filters = {}
    for facet in facets:
        values = chosen[facet.name]
        if values:
            filters[facet.name] = _any([conditions[facet.name](value) for value in values])
    return filters


def tier_sort(near):
    return {
        "_script": {
            "type": "number",
            "order": "asc",
            "script": {
                "lang": "painless",
                "source": TIER_SCRIPT,
                "params": {
                    "township": near.code,
                    "area": near.area.code,
                    "home_in_lhasa": near.area.in_lhasa,
                },
            },
        }
    }


def distance_sort(near):
    location = {"lat": float(near.latitude), "lon": float(near.longitude)}
    return {"_geo_distance": {"location": location, "order": "asc", "unit": "km"}}


NEWEST = [{"posted": {"order": "desc"}}, {"job_id": {"order": "desc"}}]


def order(sort, near):
    if sort == Sort.NEAR:
        return [tier_sort(near), distance_sort(near), *NEWEST]
    if sort == Sort.WAGE:
        return [{"monthly_wage": {"order": "desc", "missing": "_last"}}, *NEWEST]
    return NEWEST


def build_search(language, facets, chosen, now, query=None, sort=Sort.NEWEST, near=None, page=1):
    """The request for one page of the job index in `language`.

    `facets` are jobs.listing.job_facets(now), `chosen` the values chosen for each (by name),
    `query` a SearchQuery or None, `near` the worker's Township (needed for Sort.NEAR).
    """
    must = [keyword_query(query)] if query else []
    search = (
        dsl.Search(using=CONNECTION, index=index_name(language))
        .query(dsl.Q("bool", must=must, filter=open_jobs(now)))
        .source(["job_id"])
        .sort(*order(sort, near))
        .extra(track_total_hits=True)
    )
    filters = facet_filters(facets, chosen, now)
    conditions = option_conditions(now)
    for facet in facets:
        others = [condition for name, condition in filters.items() if name != facet.name]
        options = {value: conditions[facet.name](value) for value, _label in facet.get_choices()}
        if not options:
            continue
        search.aggs.bucket(facet.name, "filter", filter=_both(others)).bucket(
            "options", "filters", filters=options
        )
    if filters:
        search = search.post_filter(_both(list(filters.values())))
    start = (page - 1) * PER_PAGE
    return search[start : start + PER_PAGE]

"""The job index answered by Elasticsearch: the same JobListing as the database path, so the
page, the API and their templates cannot tell which engine answered (clause 6.3.2)."""

from django.core.paginator import Paginator
from django.utils import timezone

from jobs.listing import (
    PER_PAGE,
    JobListing,
    Sort,
    attach_distances,
    chosen_township,
    job_facets,
)
from jobs.search.queries import build_search
from portal.i18n import active_locale
from portal.listing import Option
from portal.text import parse_query
from search.backends import SearchUnavailable
from search.backends.elasticsearch import ERRORS, connect
from search.service import clean_query


def page_number(value):
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return 1


def execute(search):
    try:
        return search.execute()
    except ERRORS as error:
        raise SearchUnavailable(str(error)) from error


def counts_of(response, name):
    aggregation = getattr(response.aggregations, name, None)
    if aggregation is None:
        return {}
    buckets = aggregation.options.buckets.to_dict()
    return {value: bucket["doc_count"] for value, bucket in buckets.items()}


def search_jobs(request, jobs, now=None, language=None):
    """Search, filter, count, sort and paginate the open jobs by request.GET on Elasticsearch.

    `jobs` (the job index's open jobs) turns the hits into pages, in the order of the hits; a hit
    the database no longer holds open is left out. Raises SearchUnavailable when the cluster
    cannot be reached or cannot answer.
    """
    now = now or timezone.now()
    language = language or active_locale().language_code
    query_text = clean_query(request.GET.get("q", ""))
    parsed = parse_query(query_text) if query_text else None
    near = chosen_township(request.GET.get("near"))
    chosen_sort = request.GET.get("sort", "")
    chosen_sort = chosen_sort if chosen_sort in dict(Sort.CHOICES) else ""
    sort = chosen_sort or Sort.NEAR
    if sort == Sort.NEAR and not near:
        sort = Sort.NEWEST
    facets = job_facets(now)
    chosen = {facet.name: facet.chosen(request.GET) for facet in facets}

    connect()
    number = page_number(request.GET.get("page"))
    arguments = (language, facets, chosen, now, parsed or None, sort, near)
    response = execute(build_search(*arguments, page=number))
    paginator = Paginator(range(response.hits.total.value), PER_PAGE)
    if number > paginator.num_pages:
        # Past the end, like Paginator.get_page: the last page.
        number = paginator.num_pages
        response = execute(build_search(*arguments, page=number))
    page = paginator.page(number)

    ids = [hit.job_id for hit in response]
    found = jobs.select_related("employer", "township__area", "occupation").in_bulk(ids)
    page.object_list = [found[pk] for pk in ids if pk in found]
    if near:
        attach_distances(page.object_list, near)

    for facet in facets:
        counts = counts_of(response, facet.name)
        facet.selected_values = chosen[facet.name]
        facet.options = [
            Option(value, label, counts.get(value, 0), value in chosen[facet.name])
            for value, label in facet.get_choices()
        ]
    return JobListing(
        page=page,
        facets=facets,
        chosen=chosen,
        total=paginator.count,
        query=query_text,
        near=near,
        sort=sort,
        chosen_sort=chosen_sort,
        sorts=Sort.CHOICES,
        searched=bool(parsed),
    )

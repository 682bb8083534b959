"""The site search: what the search page shows for a query, in the reader's language.

`search()` cuts the query into words (portal.text), asks the search engine for the page types
that opted in (search.index.SiteSearch) among the live public pages of the active language,
loosens the query when nothing matches (phrases to single words, then any word instead of all),
counts the results per type, takes the requested page of them, marks the matched words in the
titles and snippets, adds the editors' promoted results and logs the query. With nothing found
it suggests similar popular queries that do find something.

Elasticsearch answers when ELASTICSEARCH_URL is set; when the cluster cannot be reached, the
database does, with a warning in the log (search.backends.get_engine).
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from portal.i18n import localize_pages
from portal.listing import Option
from portal.text import HAN, parse_query
from search.backends import database_engine, get_engine, search_with_fallback
from search.index import page_text, searchable_page_models, site_search_of, type_key
from search.snippets import highlight, snippet

PER_PAGE = 10
MAX_QUERY_LENGTH = 100
SUGGESTIONS = 3
POPULAR_DAYS = 90
POPULAR_CANDIDATES = 200
SCRIPTS = {"zh-hans": re.compile(f"[{HAN}]"), "bo": re.compile("[\u0f40-\u0fbc]")}


@dataclass
class Scope:
    """Where a search looks: the live public pages of one locale, of the opted-in types."""

    locale: object
    pages: object
    content_types: dict  # content type id → type key

    @property
    def language(self):
        return self.locale.language_code


def scope_for(locale):
    models = searchable_page_models()
    content_types = ContentType.objects.get_for_models(*models) if models else {}
    return Scope(
        locale=locale,
        pages=Page.objects.live().public().filter(locale=locale),
        content_types={content_types[model].pk: type_key(model) for model in models},
    )


def type_labels():
    return {type_key(model): str(site_search_of(model).label) for model in searchable_page_models()}


@dataclass
class Result:
    page: object
    url: str
    type_label: str
    title: str
    snippet: str


@dataclass
class Outcome:
    """Everything the search page shows."""

    query: str
    results: object = None  # a django.core.paginator.Page of Result
    total: int = 0
    types: list = field(default_factory=list)  # portal.listing.Option per page type
    page_type: str = ""
    any_word: bool = False
    promotions: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)
    engine: str = ""
    words: bool = True  # False when the query has no word to look for (only punctuation)

    @property
    def found(self):
        return self.total > 0


def clean_query(text):
    """The query as it is searched, shown and logged: one line of at most 100 characters,
    without control or invisible formatting characters (NUL, zero-width space, BOM)."""
    text = "".join(
        char if unicodedata.category(char) not in ("Cc", "Cf") else " "
        for char in str(text or "")[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(text, locale, page_type="", page_number=1, log=True, request=None):
    """The search page's content for the query `text` in `locale`."""
    text = clean_query(text)
    outcome = Outcome(query=text)
    if not text:
        return outcome
    labels = type_labels()
    page_type = page_type if page_type in labels else ""
    outcome.page_type = page_type
    scope = scope_for(locale)
    parsed = parse_query(text)
    outcome.words = bool(parsed)
    outcome.promotions = promotions(text, locale) if not page_type else []
    if not parsed:
        outcome.results = _empty_page()
        return outcome
    if log and page_number in (None, 1, "1") and not page_type:
        # A new search (not the next page of one, nor a filter): editors see these in the
        # admin's search terms report, and suggestions are taken from them.
        Query.get(text).add_hit()

    number = _page_number(page_number)
    engine = get_engine()
    found, final, engine = _first_that_finds(parsed, scope, page_type, number, engine)
    paginator = Paginator(range(found.total), PER_PAGE)
    if number > paginator.num_pages:  # beyond the last page: show the last one
        number = paginator.num_pages
        found, engine = search_with_fallback(
            engine, final, scope, page_type, (number - 1) * PER_PAGE, PER_PAGE
        )
    outcome.engine = engine.name
    outcome.any_word = final.operator == "or" and bool(found.counts)
    outcome.total = found.total
    outcome.types = [
        Option(key, label, found.counts.get(key, 0), key == page_type)
        for key, label in labels.items()
        if found.counts.get(key) or key == page_type
    ]
    outcome.results = paginator.page(number)
    outcome.results.object_list = _results(found.ids, scope, final, labels, request)

    if not found.counts:
        outcome.suggestions = suggestions(text, scope, engine)
    return outcome


def _first_that_finds(parsed, scope, page_type, number, engine):
    """Search with the query, then with looser forms of it while nothing is found."""
    offset = (number - 1) * PER_PAGE
    for query in parsed.relaxations():
        found, engine = search_with_fallback(engine, query, scope, page_type, offset, PER_PAGE)
        if found.counts:
            break
    return found, query, engine


def _page_number(value):
    try:
        number = int(str(value)[:6])
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def _empty_page():
    return Paginator([], PER_PAGE).page(1)


def _results(ids, scope, query, labels, request):
    """The pages of `ids`, in that order, as results with their matches marked."""
    if not ids:
        return []
    pages = {page.pk: page for page in scope.pages.filter(pk__in=ids).specific()}
    results = []
    for page_id in ids:
        page = pages.get(page_id)
        if page is None:  # unpublished since the engine indexed it
            continue
        results.append(
            Result(
                page=page,
                url=page.get_url(request),
                type_label=labels.get(type_key(type(page)), ""),
                title=highlight(page.title, query),
                snippet=snippet(page_text(page), query),
            )
        )
    return results


def promotions(text, locale):
    """The editors' promoted results for this query, linked in the reader's language."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    pages = localize_pages(pick.page for pick in picks if pick.page_id)
    shown = []
    for pick in picks:
        if pick.page_id is None:
            shown.append(
                {
                    "url": pick.external_link_url,
                    "title": pick.external_link_text or pick.external_link_url,
                    "description": pick.description,
                }
            )
            continue
        page = pages[pick.page.pk]
        if page.live and page.locale_id == locale.pk:
            shown.append({"url": page.url, "title": page.title, "description": pick.description})
    return shown


def suggestions(text, scope, engine):
    """Popular queries spelled like `text` (in the same script) that find something."""
    script = SCRIPTS.get(scope.language)
    since = timezone.now().date() - timedelta(days=POPULAR_DAYS)
    popular = (
        Query.objects.filter(daily_hits__date__gte=since)
        .annotate(hits=Sum("daily_hits__hits"))
        .order_by("-hits")
        .values_list("query_string", flat=True)[:POPULAR_CANDIDATES]
    )
    wanted = normalise_query_string(text)
    candidates = [
        query for query in popular if query != wanted and (script is None or script.search(query))
    ]
    suggested = []
    for candidate in difflib.get_close_matches(wanted, candidates, n=SUGGESTIONS * 2, cutoff=0.5):
        parsed = parse_query(candidate)
        if parsed:
            found, engine = search_with_fallback(engine, parsed, scope, "", 0, 0)
            if found.total:
                suggested.append(candidate)
        if len(suggested) == SUGGESTIONS:
            break
    return suggested


__all__ = ["Outcome", "Result", "Scope", "database_engine", "scope_for", "search"]

"""The database search: Wagtail's backend with segmented text, and the site search over it.

`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}` makes Wagtail
index every search field through `portal.text.index_text` (Chinese words, Tibetan syllables as
ASCII tokens) in its own index tables: SQLite FTS5 on the embedded default, PostgreSQL
`tsvector`s with the `simple` configuration. Queries given to Wagtail's `.search()` (the admin's
search boxes) are cut the same way, so they agree with the index.

`DatabaseSearch` is the public site search over the same tables: one SQL statement per query
returns every matching live page of the reader's language with its score, from which the type
counts and the requested page of results are taken.
"""

import logging
from dataclasses import dataclass
from functools import cache

from django.db import connection
from modelsearch.backends.database import SearchBackend as default_backend
from modelsearch.conf import get_app_config
from modelsearch.query import PlainText
from wagtail.search import index

from portal.text import index_text, parse_query
from search.index import plain_text

logger = logging.getLogger(__name__)


# -- Wagtail's index, segmented ---------------------------------------------------------------


class SegmentedField(index.SearchField):
    """A SearchField whose value is given to the index as segmented text."""

    def __init__(self, field):
        super().__init__(field.field_name, boost=field.boost, **field.kwargs)
        self.original = field

    def get_value(self, obj):
        return index_text(plain_text(self.original.get_value(_unwrap(obj))))


class SegmentedAutocompleteField(index.AutocompleteField):
    def __init__(self, field):
        super().__init__(field.field_name, **field.kwargs)
        self.original = field

    def get_value(self, obj):
        return index_text(plain_text(self.original.get_value(_unwrap(obj))))


class SegmentedRelatedFields(index.RelatedFields):
    def __init__(self, field):
        super().__init__(field.field_name, [_segmented(sub) for sub in field.fields])

    def get_value(self, obj):
        return super().get_value(_unwrap(obj))


def _segmented(field):
    if isinstance(field, index.SearchField):
        return SegmentedField(field)
    if isinstance(field, index.AutocompleteField):
        return SegmentedAutocompleteField(field)
    if isinstance(field, index.RelatedFields):
        return SegmentedRelatedFields(field)
    return field


class SegmentedObject:
    """What Wagtail's indexers see of an object: its key and its search fields, segmented."""

    def __init__(self, obj):
        self.obj = obj
        self.pk = obj.pk

    def get_search_fields(self):
        return [_segmented(field) for field in self.obj.get_search_fields()]


def _unwrap(obj):
    return obj.obj if isinstance(obj, SegmentedObject) else obj


def segmented_query(query):
    """A query string for Wagtail's compilers: the query's tokens, separated by spaces."""
    if isinstance(query, PlainText):
        return PlainText(segmented_query(query.query_string), operator=query.operator)
    if not isinstance(query, str):
        return query
    tokens = []
    for clause in parse_query(query).clauses:
        for token in (token for phrase in clause[0] for token in phrase):
            if token not in tokens:
                tokens.append(token)
    return " ".join(tokens)


class SegmentingBackendMixin:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(segmented_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(segmented_query(query), model_or_queryset, *args, **kwargs)


class SegmentingIndexMixin:
    def add_items(self, model, objs):
        super().add_items(model, [SegmentedObject(obj) for obj in objs])


@cache
def _segmented_class(base):
    """`base` (a Wagtail database backend class) with segmented indexing and queries."""
    index_class = type(
        f"Segmented{base.index_class.__name__}", (SegmentingIndexMixin, base.index_class), {}
    )
    return type(
        f"Segmented{base.__name__}", (SegmentingBackendMixin, base), {"index_class": index_class}
    )


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks a backend up by)
    """The database backend of the connection's vendor, with segmented text."""
    backend = default_backend(params)
    if type(backend).__name__ == "DatabaseSearchBackend":  # pragma: no cover (no FTS5)
        return backend
    if connection.vendor == "postgresql":
        # Chinese and Tibetan have no stemmer; `english` would only mangle Latin words.
        params = {**params, "SEARCH_CONFIG": "simple"}
    return _segmented_class(type(backend))(params)


# -- the site search --------------------------------------------------------------------------


@dataclass
class Found:
    """One page of results: page ids with scores, the total, and the counts per page type."""

    ids: list
    total: int
    counts: dict


def _fts5_query(query):
    """A SearchQuery in FTS5's query language, limited to the title and body columns."""

    def phrase(tokens):
        return '"' + " ".join(tokens) + '"'

    def alternative(phrases):
        return "(" + " AND ".join(phrase(tokens) for tokens in phrases) + ")"

    def clause(alternatives):
        return "(" + " OR ".join(alternative(phrases) for phrases in alternatives) + ")"

    joiner = " AND " if query.operator == "and" else " OR "
    return "{title body} : (" + joiner.join(clause(c) for c in query.clauses) + ")"


def _tsquery(query):
    """A SearchQuery for PostgreSQL's to_tsquery."""

    def phrase(tokens):
        return "(" + " <-> ".join(f"'{token}'" for token in tokens) + ")"

    def alternative(phrases):
        return "(" + " & ".join(phrase(tokens) for tokens in phrases) + ")"

    def clause(alternatives):
        return "(" + " | ".join(alternative(phrases) for phrases in alternatives) + ")"

    joiner = " & " if query.operator == "and" else " | "
    return joiner.join(clause(c) for c in query.clauses)


class DatabaseSearch:
    """The site search on Wagtail's database index (SQLite FTS5 or PostgreSQL).

    Two statements per search: the number of matches per page type, and the requested page of
    matches by score. Both only read the index and the page table; the pages the search may
    find (live, public, of the reader's language) come in as a subquery built by the ORM.
    """

    name = "database"
    # Title matches count this many times a match in the rest of the page.
    TITLE_WEIGHT = 4.0

    def search(self, query, scope, page_type=None, offset=0, limit=10):
        keys = scope.content_types
        if not query or not keys:
            return Found(ids=[], total=0, counts={})
        matches, params, order, ranking, ranking_params = self._matches(query, scope)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page.content_type_id, COUNT(*) {matches} GROUP BY page.content_type_id",
                params,
            )
            counts = {keys[content_type]: count for content_type, count in cursor.fetchall()}
            wanted = [pk for pk, key in keys.items() if key == page_type] if page_type else []
            total = sum(counts.values()) if not page_type else counts.get(page_type, 0)
            ids = []
            if limit and offset < total:
                where = f" AND page.content_type_id = {int(wanted[0])}" if wanted else ""
                cursor.execute(
                    f"SELECT page.id {matches}{where}{ranking} ORDER BY {order} LIMIT %s OFFSET %s",
                    [*params, *ranking_params, int(limit), int(offset)],
                )
                ids = [row[0] for row in cursor.fetchall()]
        return Found(ids=ids, total=total, counts=counts)

    def _matches(self, query, scope):
        """The matches in `scope`: (FROM and WHERE, their parameters, ORDER BY best first, and a
        condition with its parameters that the ranked statement adds)."""
        IndexEntry = get_app_config().get_model("IndexEntry")
        entries = IndexEntry._meta.db_table
        scope_sql, scope_params = scope.pages.order_by().values("pk").query.sql_with_params()
        content_types = ", ".join(str(int(pk)) for pk in scope.content_types)
        if connection.vendor == "sqlite":
            fts = f"{entries}_fts"
            # CROSS JOIN keeps SQLite's join order: the full-text match first, then the pages.
            # `rank` is FTS5's bm25() with these column weights (autocomplete, body, title);
            # ordered by `rank` alone, FTS5 hands the matches over best first, so a page of
            # results costs little however many pages match.
            sql = f"""
                FROM {fts}
                CROSS JOIN {entries} AS entry ON entry.id = {fts}.rowid
                CROSS JOIN wagtailcore_page AS page
                  ON page.id = CAST(entry.object_id AS INTEGER)
                 AND page.content_type_id = entry.content_type_id
                WHERE {fts} MATCH %s
                  AND entry.content_type_id IN ({content_types})
                  AND page.id IN ({scope_sql})
            """  # noqa: S608 (table names and integers only; values are parameters)
            ranking = f" AND {fts}.rank MATCH %s"
            ranking_params = [f"bm25(0.0, 1.0, {self.TITLE_WEIGHT})"]
            params = [_fts5_query(query), *scope_params]
            return sql, params, f"{fts}.rank", ranking, ranking_params
        if connection.vendor == "postgresql":
            sql = f"""
                FROM {entries} AS entry
                CROSS JOIN to_tsquery('simple', %s) AS query
                JOIN wagtailcore_page AS page
                  ON page.id = CAST(entry.object_id AS INTEGER)
                 AND page.content_type_id = entry.content_type_id
                WHERE (entry.title || entry.body) @@ query
                  AND entry.content_type_id IN ({content_types})
                  AND page.id IN ({scope_sql})
            """  # noqa: S608
            # Normalisation 1: a match in a short page counts more than in a long one, as bm25
            # does on SQLite.
            title, body = "ts_rank(entry.title, query, 1)", "ts_rank(entry.body, query, 1)"
            order = f"{title} * {self.TITLE_WEIGHT} + {body} DESC, page.id DESC"
            return sql, [_tsquery(query), *scope_params], order, "", []
        raise NotImplementedError(f"No site search for {connection.vendor}")  # pragma: no cover

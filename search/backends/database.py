"""The database search: Wagtail's backend with segmented text, and the site search over it.

`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}` makes Wagtail
index every search field through `portal.text.index_text` (Chinese words, Tibetan syllables as
ASCII tokens) in its own index tables: SQLite FTS5 on the embedded default, PostgreSQL
`tsvector`s with the `simple` configuration. Queries given to Wagtail's `.search()` (the admin's
search boxes) are cut the same way, so they agree with the index.

`DatabaseSearch` is the public site search over the same tables: for a query it returns the
number of matching live pages of the reader's language per page type and one page of them,
best first, in two statements on SQLite and one on PostgreSQL.
"""

from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL
from modelsearch.backends.database import SearchBackend as default_backend
from modelsearch.conf import get_app_config
from modelsearch.query import PlainText
from wagtail.search import index

from portal.text import index_text, parse_query
from search.index import plain_text

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

    It reads the index and the page table only; the pages the search may find (live, public,
    of the reader's language) come in as a subquery built by the ORM, and the types that opted
    in as a list of content types. Each database gets the statements it runs fastest.
    """

    name = "database"
    # Title matches count this many times a match in the rest of the page.
    TITLE_WEIGHT = 4.0

    def search(self, query, scope, page_type=None, offset=0, limit=10):
        if not query or not scope.content_types:
            return Found(ids=[], total=0, counts={})
        if connection.vendor == "sqlite":
            return self._sqlite(query, scope, page_type, offset, limit)
        if connection.vendor == "postgresql":
            return self._postgresql(query, scope, page_type, offset, limit)
        raise NotImplementedError(f"No site search for {connection.vendor}")  # pragma: no cover

    def _scope(self, scope):
        IndexEntry = get_app_config().get_model("IndexEntry")
        scope_sql, scope_params = scope.pages.order_by().values("pk").query.sql_with_params()
        content_types = ", ".join(str(int(pk)) for pk in scope.content_types)
        return IndexEntry._meta.db_table, scope_sql, scope_params, content_types

    def _sqlite(self, query, scope, page_type, offset, limit):
        """Two statements: the number of matches per type, then one page of them by `rank`.

        Ordered by `rank` alone (FTS5's bm25() with these column weights: autocomplete, body,
        title), FTS5 hands the matches over best first, so a page of results costs little
        however many pages match. CROSS JOIN keeps SQLite's join order: the match first.
        """
        entries, scope_sql, scope_params, content_types = self._scope(scope)
        fts = f"{entries}_fts"
        matches = f"""
            FROM {fts}
            CROSS JOIN {entries} AS entry ON entry.id = {fts}.rowid
            CROSS JOIN wagtailcore_page AS page
              ON page.id = CAST(entry.object_id AS INTEGER)
             AND page.content_type_id = entry.content_type_id
            WHERE {fts} MATCH %s
              AND entry.content_type_id IN ({content_types})
              AND page.id IN ({scope_sql})
        """  # noqa: S608 (table names and integers only; values are parameters)
        params = [_fts5_query(query), *scope_params]
        keys = scope.content_types
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page.content_type_id, COUNT(*) {matches} GROUP BY page.content_type_id",
                params,
            )
            counts = {keys[content_type]: count for content_type, count in cursor.fetchall()}
            total = counts.get(page_type, 0) if page_type else sum(counts.values())
            ids = []
            if limit and offset < total:
                wanted = [pk for pk, key in keys.items() if key == page_type]
                where = f" AND page.content_type_id = {int(wanted[0])}" if page_type else ""
                cursor.execute(
                    f"SELECT page.id {matches}{where} AND {fts}.rank MATCH %s "
                    f"ORDER BY {fts}.rank LIMIT %s OFFSET %s",
                    [*params, f"bm25(0.0, 1.0, {self.TITLE_WEIGHT})", int(limit), int(offset)],
                )
                ids = [row[0] for row in cursor.fetchall()]
        return Found(ids=ids, total=total, counts=counts)

    def _postgresql(self, query, scope, page_type, offset, limit):
        """One statement: per type, the number of matches and its best `offset + limit` pages.

        The match reads each index entry once; the join can use the index on (content_type_id,
        object_id), and the match the GIN index on title || body (search/migrations/0003).
        ts_rank's normalisation 1 makes a match in a short page count more than in a long one,
        as bm25 does on SQLite.
        """
        entries, scope_sql, scope_params, content_types = self._scope(scope)
        score = (
            f"ts_rank(entry.title, query, 1) * {self.TITLE_WEIGHT} + ts_rank(entry.body, query, 1)"
        )
        sql = f"""
            SELECT content_type_id, COUNT(*),
                   (ARRAY_AGG(id ORDER BY score DESC, id DESC))[1:%s],
                   (ARRAY_AGG(score ORDER BY score DESC, id DESC))[1:%s]
            FROM (
                SELECT page.id, page.content_type_id, {score} AS score
                FROM {entries} AS entry
                CROSS JOIN to_tsquery('simple', %s) AS query
                JOIN wagtailcore_page AS page
                  ON entry.object_id = CAST(page.id AS VARCHAR)
                 AND entry.content_type_id = page.content_type_id
                WHERE (entry.title || entry.body) @@ query
                  AND entry.content_type_id IN ({content_types})
                  AND page.id IN ({scope_sql})
            ) AS hit
            GROUP BY content_type_id
        """  # noqa: S608 (table names and integers only; values are parameters)
        best = int(offset) + int(limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, [best, best, _tsquery(query), *scope_params])
            rows = cursor.fetchall()
        keys = scope.content_types
        counts = {keys[content_type]: count for content_type, count, _, _ in rows}
        ranked = sorted(
            (
                (-score, -page_id)
                for content_type, _, ids, scores in rows
                if not page_type or keys[content_type] == page_type
                for page_id, score in zip(ids or [], scores or [], strict=True)
            )
        )
        total = counts.get(page_type, 0) if page_type else sum(counts.values())
        ids = [-negative_id for _, negative_id in ranked[offset : offset + limit]]
        return Found(ids=ids, total=total, counts=counts)


def matching(query, model):
    """A condition on `model`'s pages: those whose index entry matches `query` (a SearchQuery).

    For listings that search and filter at once (the job index): the match becomes a subquery
    on Wagtail's index, so the listing's own filters, counts and order apply to it unchanged.
    """
    IndexEntry = get_app_config().get_model("IndexEntry")
    entries = IndexEntry._meta.db_table
    content_type = ContentType.objects.get_for_model(model).pk
    if connection.vendor == "sqlite":
        sql = f"""
            SELECT CAST(entry.object_id AS INTEGER) FROM {entries}_fts
            CROSS JOIN {entries} AS entry ON entry.id = {entries}_fts.rowid
            WHERE {entries}_fts MATCH %s AND entry.content_type_id = %s
        """  # noqa: S608 (a table name; values are parameters)
        params = (_fts5_query(query), content_type)
    else:
        sql = f"""
            SELECT CAST(entry.object_id AS INTEGER) FROM {entries} AS entry
            WHERE (entry.title || entry.body) @@ to_tsquery('simple', %s)
              AND entry.content_type_id = %s
        """  # noqa: S608 (a table name; values are parameters)
        params = (_tsquery(query), content_type)
    return Q(pk__in=RawSQL(sql, params))  # noqa: S611 (values are parameters)

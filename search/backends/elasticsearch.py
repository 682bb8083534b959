"""The site search on Elasticsearch, through `elasticsearch.dsl`, for larger deployments.

One index per language, named `<ELASTICSEARCH_INDEX_PREFIX>-pages-<language>` (e.g.
`portal-production-pages-bo`); that name is an alias of the index that holds the documents, so
`manage.py reindex_search` builds a new index beside it and switches the alias when it is done.

Documents hold text that portal.text has already cut into words (the same words as the
database index, Tibetan syllables written in Tibetan), and every field is analysed by splitting
on whitespace: Elasticsearch sees exactly the words the database sees, including the editors'
dictionary words, and queries are cut by the same function. (The ICU tokenizer would cut
Chinese by its own dictionary and ignore the editors' words, so it is not used.)

Pages are added on publish and removed on unpublish and delete (search/signals.py, through
background tasks); searches fall back to the database when the cluster cannot be reached
(search/backends/__init__.py).
"""

import contextlib
import logging
from datetime import datetime

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, dsl, helpers

from portal.text import decode_token, index_tokens
from search.backends import SearchUnavailable
from search.backends.database import Found
from search.index import page_text, type_key

logger = logging.getLogger(__name__)

CONNECTION = "portal-search"
TIMEOUT_SECONDS = 3
TITLE_BOOST = 4
ERRORS = (ApiError, TransportError)

# Text arrives cut into words, separated by spaces.
WORDS = dsl.analyzer("portal_words", tokenizer="whitespace", filter=["lowercase"])


class PageDocument(dsl.Document):
    page_id = dsl.Integer()
    page_type = dsl.Keyword()
    language = dsl.Keyword()
    title = dsl.Text(analyzer=WORDS)
    body = dsl.Text(analyzer=WORDS)

    class Index:
        using = CONNECTION
        settings = {"number_of_shards": 1}


def prefix():
    return getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "") or "portal"


def index_name(language):
    """The alias readers search and signals write to, for one language."""
    return f"{prefix()}-pages-{language}".lower()


def new_index(language, suffix=None):
    """A new (not yet created) index for `language`, with the analyzer and the mapping."""
    suffix = suffix or datetime.now().strftime("%Y%m%d%H%M%S%f")
    index = dsl.Index(f"{index_name(language)}-{suffix}", using=CONNECTION)
    index.settings(number_of_shards=1)
    index.analyzer(WORDS)
    index.document(PageDocument)
    return index


def connect():
    """The client (one per process), made on first use."""
    try:
        return dsl.connections.get_connection(CONNECTION)
    except KeyError:
        client = Elasticsearch(
            settings.ELASTICSEARCH_URL,
            request_timeout=TIMEOUT_SECONDS,
            max_retries=0,
            retry_on_timeout=False,
        )
        dsl.connections.add_connection(CONNECTION, client)
        return client


def disconnect():
    """Forget the client (tests, and after ELASTICSEARCH_URL changed)."""
    with contextlib.suppress(KeyError):
        dsl.connections.remove_connection(CONNECTION)


def words_of(text):
    """Text as Elasticsearch indexes it: portal.text's words, separated by spaces."""
    return " ".join(decode_token(token) for token in index_tokens(text))


def document_for(page):
    """The document of a (specific) page."""
    return PageDocument(
        meta={"id": page.pk, "index": index_name(page.locale.language_code)},
        page_id=page.pk,
        page_type=type_key(type(page)),
        language=page.locale.language_code,
        title=words_of(page.title),
        body=words_of("\n".join(filter(None, [getattr(page, "summary", ""), page_text(page)]))),
    )


# -- queries ----------------------------------------------------------------------------------


def _phrase(tokens):
    text = " ".join(decode_token(token) for token in tokens)
    fields = [f"title^{TITLE_BOOST}", "body"]
    if len(tokens) == 1:
        return dsl.Q("multi_match", query=text, fields=fields)
    return dsl.Q("multi_match", query=text, fields=fields, type="phrase")


def _all(queries):
    return queries[0] if len(queries) == 1 else dsl.Q("bool", must=queries)


def _any(queries):
    if len(queries) == 1:
        return queries[0]
    return dsl.Q("bool", should=queries, minimum_should_match=1)


def build_query(query):
    """A SearchQuery (portal.text) as an Elasticsearch query."""
    clauses = [
        _any([_all([_phrase(phrase) for phrase in alternative]) for alternative in clause])
        for clause in query.clauses
    ]
    return _all(clauses) if query.operator == "and" else _any(clauses)


def build_search(query, language, page_types, page_type=None, offset=0, limit=10):
    """The search request: matches of the opted-in types, counts per type, one page of ids.

    The type filter is a post_filter, so the counts per type are those of the whole query.
    """
    search = (
        dsl.Search(using=CONNECTION, index=index_name(language))
        .query(
            dsl.Q("bool", must=[build_query(query)], filter=[dsl.Q("terms", page_type=page_types)])
        )
        .source(["page_id"])
        .sort("_score", {"page_id": {"order": "desc"}})
        .extra(track_total_hits=True)
    )
    search.aggs.bucket("types", "terms", field="page_type", size=max(len(page_types), 1))
    if page_type:
        search = search.post_filter("term", page_type=page_type)
    return search[offset : offset + limit]


class ElasticsearchSearch:
    name = "elasticsearch"

    def search(self, query, scope, page_type=None, offset=0, limit=10):
        page_types = sorted(set(scope.content_types.values()))
        if not query or not page_types:
            return Found(ids=[], total=0, counts={})
        connect()
        request = build_search(query, scope.language, page_types, page_type, offset, limit)
        try:
            response = request.execute()
        except ERRORS as error:
            raise SearchUnavailable(str(error)) from error
        counts = {bucket.key: bucket.doc_count for bucket in response.aggregations.types.buckets}
        return Found(
            ids=[hit.page_id for hit in response],
            total=response.hits.total.value,
            counts=counts,
        )


# -- indexing ---------------------------------------------------------------------------------


def ensure_index(language):
    """Make the language's index and alias if there is none yet (before the first rebuild)."""
    client = connect()
    alias = index_name(language)
    if not client.indices.exists(index=alias):
        index = new_index(language)
        index.create()
        client.indices.update_aliases(actions=[{"add": {"index": index._name, "alias": alias}}])


def save_page(page):
    """Add or replace one page's document."""
    language = page.locale.language_code
    ensure_index(language)
    document = document_for(page)
    connect().index(index=index_name(language), id=page.pk, document=document.to_dict())


def delete_page(page_id, language):
    """Remove one page's document; nothing to do when there is none."""
    with contextlib.suppress(NotFoundError):
        connect().delete(index=index_name(language), id=page_id)


def rebuild(language, pages, progress=None, chunk_size=500):
    """Index `pages` (specific, of one language) into a new index and point the alias at it.

    `progress(count)` is called after each chunk. Returns the name of the new index.
    """
    client = connect()
    index = new_index(language)
    index.create()
    alias = index_name(language)

    def actions():
        for page in pages:
            document = document_for(page)
            yield document.to_dict(include_meta=True, skip_empty=False) | {"_index": index._name}

    done = 0
    for _ok, _info in helpers.streaming_bulk(client, actions(), chunk_size=chunk_size):
        done += 1
        if progress and done % chunk_size == 0:
            progress(done)
    if progress:
        progress(done)
    client.indices.refresh(index=index._name)
    old = []
    if client.indices.exists_alias(name=alias):
        old = list(client.indices.get_alias(name=alias))
    elif client.indices.exists(index=alias):
        # A plain index of the alias's name (made by hand, or by Elasticsearch itself).
        client.indices.delete(index=alias)
    actions = [{"add": {"index": index._name, "alias": alias}}]
    actions += [{"remove_index": {"index": name}} for name in old]
    client.indices.update_aliases(actions=actions)
    return index._name

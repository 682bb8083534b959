"""The engines of the site search, and the fall-back from Elasticsearch to the database.

Both engines answer `search(query, scope, page_type, offset, limit)` with a `Found` (the page
ids of the requested results, the total and the counts per page type); `search.service` does
the rest. Elasticsearch is used when ELASTICSEARCH_URL is set. When it cannot be reached, the
database answers instead, a warning is logged, and Elasticsearch is not asked again for
RETRY_SECONDS, so that readers do not wait for a time-out on every search.
"""

import logging
import time

from django.conf import settings

from search.backends.database import DatabaseSearch, Found

logger = logging.getLogger(__name__)

RETRY_SECONDS = 30
_unavailable_until = 0.0


class SearchUnavailable(Exception):
    """The search engine cannot be reached or cannot answer."""


def database_engine():
    return DatabaseSearch()


def elasticsearch_configured():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def use_elasticsearch():
    """Whether to ask Elasticsearch: it is configured and not known to be down."""
    return elasticsearch_configured() and time.monotonic() >= _unavailable_until


def mark_unavailable(error, what="search"):
    """Elasticsearch failed: log it, and ask the database instead for RETRY_SECONDS."""
    global _unavailable_until
    _unavailable_until = time.monotonic() + RETRY_SECONDS
    logger.warning(
        "Elasticsearch cannot answer the %s (%s); asking the database instead for the next "
        "%s seconds.",
        what,
        error,
        RETRY_SECONDS,
    )


def get_engine():
    """Elasticsearch when it is configured and not known to be down, else the database."""
    if use_elasticsearch():
        from search.backends.elasticsearch import ElasticsearchSearch

        return ElasticsearchSearch()
    return DatabaseSearch()


def search_with_fallback(engine, query, scope, page_type="", offset=0, limit=10):
    """(Found, the engine that answered): `engine`, or the database when it is unavailable."""
    try:
        return engine.search(query, scope, page_type or None, offset, limit), engine
    except SearchUnavailable as error:
        mark_unavailable(error)
        engine = DatabaseSearch()
        return engine.search(query, scope, page_type or None, offset, limit), engine


def forget_unavailability():
    """Ask Elasticsearch again on the next search (tests, and after the cluster is back)."""
    global _unavailable_until
    _unavailable_until = 0.0


__all__ = [
    "Found",
    "SearchUnavailable",
    "database_engine",
    "get_engine",
    "mark_unavailable",
    "search_with_fallback",
    "use_elasticsearch",
]

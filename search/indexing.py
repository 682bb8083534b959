"""Keeping the indexes up to date: pages after a publish, and after a vocabulary change.

Wagtail updates its database index whenever a page is saved (in a background task). This module
adds what Wagtail does not know about: the Elasticsearch documents (when a cluster is
configured), and indexing again the pages whose words an editor's dictionary word or synonym
changes.
"""

import logging
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q
from modelsearch.conf import get_app_config
from wagtail.models import Page, get_page_models
from wagtail.search.index import insert_or_update_object

from search.backends import elasticsearch_configured
from search.index import site_search_of

logger = logging.getLogger(__name__)

REINDEX_ADVICE = "run `manage.py reindex_search --elasticsearch` once the cluster is back"


def is_public_result(page):
    """Whether a page belongs in the site search: live, public, of a type that opted in."""
    return (
        page.live
        and site_search_of(type(page)) is not None
        and not Page.objects.filter(pk=page.pk).not_public().exists()
    )


def update_elasticsearch(page_id):
    """Add, replace or remove one page's Elasticsearch document to match the page."""
    if not elasticsearch_configured():
        return
    from search.backends.elasticsearch import ERRORS, delete_page, save_page

    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    try:
        if page is None:
            return
        page = page.specific
        if is_public_result(page):
            save_page(page)
        else:
            delete_page(page.pk, page.locale.language_code)
    except ERRORS as error:
        logger.warning(
            "Could not update page %s in Elasticsearch (%s); %s.", page_id, error, REINDEX_ADVICE
        )


def remove_from_elasticsearch(page_id, language):
    if not elasticsearch_configured():
        return
    from search.backends.elasticsearch import ERRORS, delete_page

    try:
        delete_page(page_id, language)
    except ERRORS as error:
        logger.warning(
            "Could not remove page %s from Elasticsearch (%s); %s.", page_id, error, REINDEX_ADVICE
        )


def pages_containing(words):
    """The pages whose index entry has every character of one of `words` (Chinese words).

    The index holds the text cut into words, so the characters of a word may stand apart in
    it; looking for each character finds every page the word can be in (and a few more).
    """
    IndexEntry = get_app_config().get_model("IndexEntry")
    columns = (
        ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    )
    condition = Q()
    for word in words:
        condition |= reduce(
            lambda left, right: left & right,
            (
                Q(**{f"{columns[0]}__contains": char}) | Q(**{f"{columns[1]}__contains": char})
                for char in set(word)
            ),
        )
    if not condition:
        return Page.objects.none()
    content_types = ContentType.objects.get_for_models(*get_page_models()).values()
    ids = IndexEntry.objects.filter(condition, content_type__in=content_types).values_list(
        "object_id", flat=True
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in ids])


def reindex(pages):
    """Index `pages` again, in the database and (for live public results) in Elasticsearch."""
    count = 0
    for page in pages.specific().iterator(chunk_size=200):
        insert_or_update_object(page)
        update_elasticsearch(page.pk)
        count += 1
    return count


def reindex_for_words(words):
    """Index again the pages a new, changed or deleted dictionary word or synonym affects."""
    words = [word for word in words if word]
    if not words:
        return 0
    count = reindex(pages_containing(words))
    logger.info("Indexed %s pages again for the words %s.", count, ", ".join(words))
    return count

"""Keeping the job indexes up to date: a rebuild of the open jobs per language (from
`manage.py reindex_search`), and one job's document after a publish, unpublish or delete.

A job's facts (wage, dates, place) are shared by its translations when it is published
(jobs/apps.py), so a job's document is written again for every language it is in.
"""

import contextlib
import logging
from datetime import datetime

from elasticsearch import NotFoundError, helpers

from jobs.models import JobPage
from jobs.search.documents import from_page, index_name, new_index
from search.backends import elasticsearch_configured
from search.backends.elasticsearch import ERRORS, connect
from search.indexing import REINDEX_ADVICE

logger = logging.getLogger(__name__)


def open_jobs(language):
    return (
        JobPage.objects.open()
        .filter(locale__language_code=language)
        .select_related("locale", "employer", "occupation", "township__area")
        .order_by("pk")
    )


def ensure_index(language):
    """Make the language's index and alias if there is none yet (before the first rebuild)."""
    client = connect()
    alias = index_name(language)
    if not client.indices.exists(index=alias):
        index = new_index(language, datetime.now().strftime("%Y%m%d%H%M%S%f"))
        index.create()
        client.indices.update_aliases(actions=[{"add": {"index": index._name, "alias": alias}}])


def rebuild(language, jobs, progress=None, chunk_size=500):
    """Index `jobs` (JobPages of one language) into a new index and point the alias at it.

    `progress(count)` is called after each chunk. Returns the name of the new index.
    """
    client = connect()
    index = new_index(language, datetime.now().strftime("%Y%m%d%H%M%S%f"))
    index.create()
    alias = index_name(language)

    def actions():
        for job in jobs:
            document = from_page(job).to_dict(include_meta=True, skip_empty=False)
            yield document | {"_index": index._name}

    done = 0
    for _ok, _info in helpers.streaming_bulk(client, actions(), chunk_size=chunk_size):
        done += 1
        if progress and done % chunk_size == 0:
            progress(done)
    if progress:
        progress(done)
    client.indices.refresh(index=index._name)
    old = (
        list(client.indices.get_alias(name=alias))
        if client.indices.exists_alias(name=alias)
        else []
    )
    if not old and client.indices.exists(index=alias):
        client.indices.delete(index=alias)
    changes = [{"add": {"index": index._name, "alias": alias}}]
    changes += [{"remove_index": {"index": name}} for name in old]
    client.indices.update_aliases(actions=changes)
    return index._name


def delete_job(job_id, language):
    with contextlib.suppress(NotFoundError):
        connect().delete(index=index_name(language), id=job_id)


def update_job(job_id):
    """Write the documents of a job and its translations that are open, remove the others."""
    if not elasticsearch_configured():
        return
    job = JobPage.objects.filter(pk=job_id).first()
    if job is None:
        return  # deleted since; its post_delete receiver removes the document
    try:
        for page in JobPage.objects.filter(translation_key=job.translation_key).select_related(
            "locale"
        ):
            language = page.locale.language_code
            found = open_jobs(language).filter(pk=page.pk).first()
            if found:
                ensure_index(language)
                document = from_page(found).to_dict()
                connect().index(index=index_name(language), id=page.pk, document=document)
            else:
                delete_job(page.pk, language)
    except ERRORS as error:
        logger.warning(
            "Could not update job %s in Elasticsearch (%s); %s.", job_id, error, REINDEX_ADVICE
        )


def remove_job(job_id, language):
    if not elasticsearch_configured():
        return
    try:
        delete_job(job_id, language)
    except ERRORS as error:
        logger.warning(
            "Could not remove job %s from Elasticsearch (%s); %s.", job_id, error, REINDEX_ADVICE
        )

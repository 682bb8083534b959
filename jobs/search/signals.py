"""Receivers that keep the job indexes on Elasticsearch up to date, connected from jobs/apps.py.

search/signals.py keeps the site search's documents (of every page type that opted in); the job
index has documents of its own, so jobs add receivers of their own, in the same way: a
background task after the transaction commits, and nothing at all without ELASTICSEARCH_URL.
"""

from django.db import transaction

from search.backends import elasticsearch_configured


def job_published(sender, instance, **kwargs):
    if elasticsearch_configured():
        from jobs.search.tasks import update_job

        transaction.on_commit(lambda: update_job.enqueue(instance.pk))


def job_removed(sender, instance, **kwargs):
    if elasticsearch_configured():
        from jobs.search.tasks import remove_job

        language = instance.locale.language_code
        transaction.on_commit(lambda: remove_job.enqueue(instance.pk, language))


def connect():
    from django.db.models.signals import post_delete
    from wagtail.signals import page_published, page_unpublished

    from jobs.models import JobPage

    page_published.connect(job_published, sender=JobPage, dispatch_uid="jobs.search.published")
    page_unpublished.connect(job_removed, sender=JobPage, dispatch_uid="jobs.search.unpublished")
    post_delete.connect(job_removed, sender=JobPage, dispatch_uid="jobs.search.deleted")

"""Index every page again for the site search, showing progress.

    manage.py reindex_search                  # the database index, and Elasticsearch if set
    manage.py reindex_search --database       # only the database index
    manage.py reindex_search --elasticsearch  # only Elasticsearch (new index, then alias switch)

Elasticsearch holds the job index's documents too (jobs/search/), rebuilt with the pages.

Run it after changing how text is cut into words, after a page type opts in to the site search
(search.index.SiteSearch), or once Elasticsearch is back after an outage. Editors' dictionary
words and synonyms do not need it: saving one indexes the pages it affects again.
"""

import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend

from search.backends import elasticsearch_configured
from search.index import searchable_page_models


class Progress:
    """A progress bar on a terminal; a line every tenth of the way otherwise."""

    WIDTH = 30

    def __init__(self, stream, label, total):
        self.stream, self.label, self.total = stream, label, max(total, 0)
        self.started = time.monotonic()
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.reported = -1

    def update(self, done):
        share = done / self.total if self.total else 1.0
        elapsed = time.monotonic() - self.started
        if self.tty:
            filled = int(share * self.WIDTH)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(
                f"\r{self.label} [{bar}] {done}/{self.total} ({share:.0%}) {elapsed:.1f} s",
                ending="",
            )
            self.stream.flush()
        elif int(share * 10) > self.reported:
            self.reported = int(share * 10)
            self.stream.write(f"{self.label}: {done}/{self.total} ({share:.0%}) {elapsed:.1f} s")

    def finish(self):
        if self.tty:
            self.stream.write("")
        return time.monotonic() - self.started


def batches(queryset, size):
    """The objects of `queryset` in lists of `size`, by primary key (no long-held cursor)."""
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last).order_by("pk")[:size])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


class Command(BaseCommand):
    help = (
        "Index every page again for the site search (the database index, and Elasticsearch "
        "when ELASTICSEARCH_URL is set), with a progress bar."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--database", action="store_true", help="Only the database index.")
        which.add_argument(
            "--elasticsearch", action="store_true", help="Only the Elasticsearch indexes."
        )
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, **options):
        size = max(options["batch_size"], 1)
        database = not options["elasticsearch"]
        elastic = not options["database"]
        if options["elasticsearch"] and not elasticsearch_configured():
            raise CommandError("ELASTICSEARCH_URL is not set.")
        if database:
            self.database(size)
        if elastic and elasticsearch_configured():
            self.elasticsearch(size)

    def database(self, size):
        backend = get_search_backend()
        models = get_page_models()
        querysets = []
        for model in models:
            content_type = ContentType.objects.get_for_model(model)
            querysets.append((model, model.objects.filter(content_type=content_type)))
        total = sum(queryset.count() for _, queryset in querysets)
        progress = Progress(self.stdout, "Database index", total)
        done = 0
        progress.update(0)
        for model, queryset in querysets:
            for batch in batches(queryset, size):
                with transaction.atomic():
                    backend.add_bulk(model, batch)
                done += len(batch)
                progress.update(done)
        seconds = progress.finish()
        self.stdout.write(self.style.SUCCESS(f"Indexed {done} pages in {seconds:.1f} s."))

    def elasticsearch(self, size):
        from search.backends.elasticsearch import ERRORS, rebuild

        models = searchable_page_models()
        content_types = ContentType.objects.get_for_models(*models).values() if models else []
        for locale in Locale.objects.order_by("pk"):
            language = locale.language_code
            pages = (
                Page.objects.live().public().filter(locale=locale, content_type__in=content_types)
            )
            total = pages.count()
            progress = Progress(self.stdout, f"Elasticsearch ({language})", total)
            progress.update(0)
            try:
                name = rebuild(language, self.specific(pages, size), progress.update, size)
            except ERRORS as error:
                raise CommandError(f"Elasticsearch cannot be reached: {error}") from error
            seconds = progress.finish()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {total} {language} pages into {name} in {seconds:.1f} s."
                )
            )

        self.jobs(size)

    def jobs(self, size):
        """The job index's own documents (jobs/search/): the open jobs of each language."""
        from jobs.search.indexing import open_jobs, rebuild
        from search.backends.elasticsearch import ERRORS

        for locale in Locale.objects.order_by("pk"):
            language = locale.language_code
            jobs = open_jobs(language)
            total = jobs.count()
            progress = Progress(self.stdout, f"Elasticsearch jobs ({language})", total)
            progress.update(0)
            try:
                name = rebuild(language, jobs.iterator(chunk_size=size), progress.update, size)
            except ERRORS as error:
                raise CommandError(f"Elasticsearch cannot be reached: {error}") from error
            seconds = progress.finish()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {total} {language} jobs into {name} in {seconds:.1f} s."
                )
            )

    def specific(self, pages, size):
        for batch in batches(pages, size):
            yield from Page.objects.filter(pk__in=[page.pk for page in batch]).specific()

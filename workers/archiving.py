"""Closing a year of the archive (clause 6.5.3): a supervisor closes a year that has ended;
from then on its service records are read-only (workers/retention.py), and a background task
stores an archive bundle for every worker served that year: a bilingual PDF summary of the
year's services and the data export of the worker's whole record (workers/export.py)."""

import json

from django.core.files.base import ContentFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import override
from django_tasks import task

from portal.dates import lhasa_today
from portal.pdf import font_context, render_pdf
from workers.export import worker_data
from workers.models import ArchiveBundle, ClosedYear, Worker
from workers.retention import as_day, served_in
from workers.timeline import timeline

LANGUAGES = ["zh-hans", "bo"]


def may_close(year, today=None):
    """Only a year that has ended, and only once."""
    today = today or lhasa_today()
    return year < today.year and not ClosedYear.objects.filter(year=year).exists()


@transaction.atomic
def close_year(year, user):
    closed = ClosedYear.objects.create(year=year, closed_by=user)
    transaction.on_commit(lambda: make_bundles.enqueue(year))
    return closed


@task()
def make_bundles(year):
    """A bundle for each worker served in `year` who has none yet: safe to run again."""
    served = 0
    for worker in Worker.objects.select_related("home_township", "counsellor").iterator():
        if not served_in(worker, year):
            continue
        served += 1
        if not ArchiveBundle.objects.filter(year=year, worker=worker).exists():
            make_bundle(worker, year)
    ClosedYear.objects.filter(year=year).update(workers_served=served)
    return served


def make_bundle(worker, year):
    pages = []
    for language in LANGUAGES:
        with override(language):  # the entries' texts are made in the language of the page
            entries = [entry for entry in timeline(worker) if as_day(entry.when).year == year]
            context = {"worker": worker, "year": year, "entries": entries, "language": language}
            context.update(font_context())
            pages.append(render_to_string("workers/archive_summary.html", context))
    document = json.dumps(worker_data(worker), cls=DjangoJSONEncoder, ensure_ascii=False)
    bundle = ArchiveBundle(year=year, worker=worker)
    bundle.summary.save(f"worker-{worker.pk}.pdf", ContentFile(render_pdf(pages)), save=False)
    bundle.data.save(f"worker-{worker.pk}.json", ContentFile(document.encode()), save=False)
    bundle.save()
    return bundle

"""The archive's keeping rules (clause 6.5.3): follow-ups and every service record are kept in
the system, archived yearly, and kept at least five years.

- A service record belongs to the year of its service date (SERVICE_DATES). Once a supervisor
  closes that year, the record can be read but not changed or deleted.
- A worker, or a service record of theirs, cannot be deleted until five years after the
  worker's last service (the newest entry of their timeline). After that, the
  `anonymise_workers` command removes what identifies them and keeps the rest for statistics.
"""

import datetime

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from portal.dates import LHASA, lhasa_today
from workers.models import ClosedYear, years_before
from workers.timeline import timeline

RETENTION_YEARS = 5

# The date that puts each kind of service record in a year. Every model with a `worker`
# foreign key (workers.export.record_models) is either here or in PART_OF_THE_RECORD
# (tests/workers/test_retention.py checks).
SERVICE_DATES = {
    "assessments.StaffAssessment": "assessed_on",
    "careerplans.CareerPlan": "created_at",
    "careerplans.PlanVersion": "created_at",
    "enterprise.BusinessProject": "created_at",
    "jobseeking.Interview": "when",
    "placements.Placement": "start_date",
    "training.Enrolment": "enrolled_on",
    "training.TrainingPlan": "identified_on",
    "complaints.Complaint": "received_at",
    "appointments.Booking": "created_at",
    "assessments.SelfAssessment": "created_at",
}
# Rows of a service record that have a date of their own.
ROWS_OF_RECORDS = {"placements.FollowUp": "due_on"}
# The worker's own details, edited with the worker record, and the records about the archive.
PART_OF_THE_RECORD = {
    "workers.WorkHistory",
    "workers.Certificate",
    "workers.Consent",
    "workers.ArchiveBundle",
}


def as_day(value):
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value, timezone=LHASA)
    return value


def service_day(record):
    """The day of a service record's service, or None for a model that is not one."""
    label = record._meta.label
    field = SERVICE_DATES.get(label) or ROWS_OF_RECORDS.get(label)
    return as_day(getattr(record, field)) if field else None


def in_closed_year(record):
    day = service_day(record)
    return day is not None and ClosedYear.objects.filter(year=day.year).exists()


def last_service_on(worker):
    entries = timeline(worker)
    return as_day(entries[0].when) if entries else None


def kept_until(worker):
    """The first day the worker's archive may be deleted, or None if it may be now."""
    last = last_service_on(worker)
    if last is None:
        return None
    until = years_before(last, -RETENTION_YEARS)
    return until if until > lhasa_today() else None


def served_in(worker, year):
    return any(as_day(entry.when).year == year for entry in timeline(worker))


def object_of(view):
    """The object of an edit or delete view: delete views load it in setup(), edit views only
    when answering, so it is loaded here if need be (with the view's own permission checks)."""
    if getattr(view, "object", None) is None:
        view.object = view.get_object()
    return view.object


def page_of(view):
    """Where a refused edit or delete goes back to: the object's page, or the list."""
    namespace = view.request.resolver_match.namespace
    try:
        return reverse(f"{namespace}:inspect", args=(quote(view.object.pk),))
    except NoReverseMatch:
        return reverse(f"{namespace}:index")


class Refusing:
    """Answers GET and POST with `refused()` when it gives a response: after the view's own
    permission checks (in dispatch), so a user without the permission is denied as before."""

    def refused(self):
        return None

    def get(self, request, *args, **kwargs):
        return self.refused() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refused() or super().post(request, *args, **kwargs)


class OpenYearOnly(Refusing):
    """For the edit and delete views of a service record: refused, with the reason, when the
    record's year is closed."""

    def refused(self):
        if in_closed_year(object_of(self)):
            year = service_day(self.object).year
            messages.error(
                self.request,
                _("This record belongs to %(year)s, which is closed: it can be read, not changed.")
                % {"year": year},
            )
            return redirect(page_of(self))
        return super().refused()


class KeptFiveYears(Refusing):
    """For delete views of a worker or of a service record: refused, with the date, within
    five years of the worker's last service."""

    def refused(self):
        record = object_of(self)
        worker = getattr(record, "worker", record)
        until = kept_until(worker) if worker is not None else None
        if until is not None:
            messages.error(
                self.request,
                _(
                    "The archive keeps this for five years after the worker's last service: "
                    "it cannot be deleted before %(date)s."
                )
                % {"date": formats.date_format(until, "DATE_FORMAT")},
            )
            return redirect(page_of(self))
        return super().refused()


ANONYMISED = _("Anonymised worker")


def anonymise(worker, today):
    """Removes what identifies a worker past the keeping period, keeping for statistics what
    describes them (gender, ethnicity, birth year, township, groups) and what was done (dates,
    outcomes): every free text of the worker's records is emptied, and the archive bundles,
    which hold the same data, are deleted with their files."""
    from audit.models import AuditEntry
    from workers.export import record_models

    worker.name = str(ANONYMISED)
    worker.id_number = ""
    worker.phone = ""
    worker.skills = ""
    if worker.date_of_birth:
        worker.date_of_birth = worker.date_of_birth.replace(month=1, day=1)
    worker.anonymised_on = today
    worker.save()
    worker.certificates.all().delete()
    for model in record_models():
        for record in model._default_manager.filter(worker=worker):
            empty_texts(record)
    AuditEntry.objects.filter(worker=worker).update(object_repr=str(ANONYMISED))
    for bundle in worker.archive_bundles.all():
        bundle.summary.delete(save=False)
        bundle.data.delete(save=False)
        bundle.delete()


def free_text_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if field.get_internal_type() in ("CharField", "TextField")
        and not field.choices
        and not field.unique
        and not field.name.endswith("_hash")
    ]


def empty_texts(record, depth=2):
    """Empties the free texts of `record` and of the rows that belong to it (steps, notes,
    follow-ups …), `depth` relations down."""
    fields = free_text_fields(type(record))
    if fields:
        type(record)._default_manager.filter(pk=record.pk).update(**{f.name: "" for f in fields})
    if depth == 0:
        return
    for relation in record._meta.related_objects:
        if relation.one_to_many and relation.related_model._meta.label != "audit.AuditEntry":
            for child in relation.related_model._default_manager.filter(
                **{relation.field.name: record}
            ):
                empty_texts(child, depth - 1)

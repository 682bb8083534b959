"""A copy of everything the service keeps about one worker, given to the worker on request
(PIPL art. 45): the record with the ID and phone numbers in clear, and every record of any app
that has a `worker` foreign key, found through the model registry so that records added later
are included. Supervisors and the worker's responsible counsellor make it; each export is
written to the audit log."""

import json

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.views import View

from audit.models import Action, AuditEntry
from audit.recording import write
from workers.models import SEE_EVERY_WORKER, Worker

# Not the worker's data: who on the staff read the record (the audit log).
NOT_EXPORTED = {AuditEntry}


def may_export(user, worker):
    return user.has_perm(SEE_EVERY_WORKER) or (
        worker.counsellor_id == user.pk and user.has_perm("workers.view_worker")
    )


def field_value(instance, field):
    if field.choices:
        return str(getattr(instance, f"get_{field.name}_display")())
    if isinstance(field, models.ForeignKey):
        related = getattr(instance, field.name)
        return None if related is None else str(related)
    if isinstance(field, models.FileField):
        return getattr(instance, field.name).name or None
    return field.value_from_object(instance)


def as_data(instance):
    """The instance's fields by name; keyed hashes, which say nothing to the worker, are left
    out, and so is the worker link itself."""
    opts = instance._meta
    data = {
        field.name: field_value(instance, field)
        for field in opts.concrete_fields
        if field.name != "worker" and not field.name.endswith("_hash")
    }
    for field in opts.many_to_many:
        data[field.name] = [str(related) for related in getattr(instance, field.name).all()]
    return data


def record_models():
    """Every model with a foreign key named `worker` to the worker."""
    for model in apps.get_models():
        field = next((f for f in model._meta.fields if f.name == "worker"), None)
        if field is not None and field.related_model is Worker and model not in NOT_EXPORTED:
            yield model


def worker_data(worker):
    records = []
    for model in sorted(record_models(), key=lambda model: model._meta.label):
        kept = model._default_manager.filter(worker=worker)
        records.append(
            {
                "model": model._meta.label_lower,
                "name": str(model._meta.verbose_name_plural),
                "items": [as_data(record) for record in kept],
            }
        )
    return {
        "exported_at": timezone.now(),
        "worker": as_data(worker),
        "records": records,
    }


class WorkerExportView(View):
    def get(self, request, pk):
        worker = Worker.objects.visible_to(request.user).filter(pk=pk).first()
        if worker is None or not may_export(request.user, worker):
            raise PermissionDenied
        document = json.dumps(worker_data(worker), cls=DjangoJSONEncoder, ensure_ascii=False)
        write(request, Action.EXPORT, worker)
        response = HttpResponse(document, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="worker-{worker.pk}.json"'
        return response

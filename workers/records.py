"""The base of every back-office record about one worker (assessments, career plans,
enrolments, placements, …): a model with a `worker` foreign key, kept through a
`WorkerRecordViewSet`.

The viewset shows and opens only the records of workers in the user's caseload
(`Worker.objects.visible_to`), offers only those workers in its form, and starts a new record
for the worker named in `?worker=<pk>` (the worker page links there). Each app adds what it
keeps about a worker to the worker page with `record_action` and to the timeline with
`workers.timeline.source`. Each view of one record, and each record added, is written to the
audit log (audit.recording.Audited).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from audit.recording import Audited
from workers.models import Worker
from workers.retention import KeptFiveYears, OpenYearOnly

ACTIONS = []


@dataclass
class RecordAction:
    """A link on the worker page: "record an assessment", "write a career plan", …"""

    label: str
    add_url_name: str
    permission: str

    def url(self, worker):
        return f"{reverse(self.add_url_name)}?worker={worker.pk}"


def record_action(label, add_url_name, permission):
    ACTIONS.append(RecordAction(label, add_url_name, permission))


def actions_for(user, worker):
    return [
        (action.label, action.url(worker)) for action in ACTIONS if user.has_perm(action.permission)
    ]


class WorkerRecordForm(WagtailAdminModelForm):
    """Offers only the workers of the user's caseload."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "worker" in self.fields and self.for_user is not None:
            self.fields["worker"].queryset = Worker.objects.visible_to(self.for_user)


class OfVisibleWorker:
    """For views of one record: refused unless its worker is in the user's caseload."""

    def get_object(self, *args, **kwargs):
        record = super().get_object(*args, **kwargs)
        if not Worker.objects.visible_to(self.request.user).filter(pk=record.worker_id).exists():
            raise PermissionDenied
        return record


class RecordIndexView(generic.IndexView):
    def get_base_queryset(self):
        visible = Worker.objects.visible_to(self.request.user)
        return super().get_base_queryset().filter(worker__in=visible).select_related("worker")


class RecordCreateView(Audited, generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        worker = self.request.GET.get("worker", "")
        if worker.isdigit():
            initial["worker"] = worker
        return initial


class RecordInspectView(Audited, OfVisibleWorker, generic.InspectView):
    pass


class RecordEditView(Audited, OfVisibleWorker, OpenYearOnly, generic.EditView):
    pass


class RecordDeleteView(Audited, OfVisibleWorker, OpenYearOnly, KeptFiveYears, generic.DeleteView):
    pass


class RecordHistoryView(Audited, OfVisibleWorker, history.HistoryView):
    pass


class RecordUsageView(Audited, OfVisibleWorker, usage.UsageView):
    pass


class WorkerRecordViewSet(ModelViewSet):
    """Set `model` (with a `worker` foreign key) and its panels or form fields."""

    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_admin_menu = False
    index_view_class = RecordIndexView
    add_view_class = RecordCreateView
    inspect_view_class = RecordInspectView
    edit_view_class = RecordEditView
    delete_view_class = RecordDeleteView
    history_view_class = RecordHistoryView
    usage_view_class = RecordUsageView

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        if not issubclass(form_class, WorkerRecordForm):
            raise TypeError(f"{self.model.__name__}'s form must subclass WorkerRecordForm")
        return form_class

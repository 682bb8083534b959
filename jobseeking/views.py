"""Job-seeking help in the staff admin (clause 6.3.3): the printable CV and the interviews."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.log_actions import log

from jobseeking.cv import LANGUAGES, cv_of, language_of
from jobseeking.forms import InterviewForm
from jobseeking.models import Interview
from portal.dates import lhasa_today
from workers.models import Worker
from workers.records import WorkerRecordViewSet

PRINT_CV = "jobseeking.print_cv"


def print_cv(request):
    """The CV of `?worker=<pk>` in `?lang=zh-hans|bo`, as a page to print; each opening is
    logged on the worker's history. A worker outside the caseload is refused."""
    worker_id = request.GET.get("worker", "")
    visible = Worker.objects.visible_to(request.user)
    worker = visible.filter(pk=worker_id).first() if worker_id.isdigit() else None
    if worker is None:
        raise PermissionDenied
    language = language_of(request.GET.get("lang", ""))
    log(worker, PRINT_CV, user=request.user, data={"language": language})
    with translation.override(language):
        return render(
            request,
            "jobseeking/cv.html",
            {
                "worker": worker,
                "cv": cv_of(worker),
                "language": language,
                "languages": LANGUAGES,
                "today": lhasa_today(),
            },
        )


class InterviewViewSet(WorkerRecordViewSet):
    model = Interview
    icon = "user"
    menu_label = _("Interviews")
    list_display = ["worker", "employer_name", "when", "outcome"]
    list_filter = ["outcome", "when"]
    inspect_view_fields = [
        "worker",
        "job",
        "employer_name",
        "when",
        "place",
        "arranged_by",
        "outcome",
        "notes",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("worker"),
            FieldPanel("job"),
            FieldPanel("employer_name"),
            FieldRowPanel([FieldPanel("when"), FieldPanel("place")]),
            FieldPanel("outcome"),
            FieldPanel("notes"),
        ],
        base_form_class=InterviewForm,
    )


interview_viewset = InterviewViewSet("interviews")

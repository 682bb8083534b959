"""The "Import jobs" page of the staff admin (clause 6.3.1).

A file whose every row is good is imported at once. A file with errors imports nothing: the
page lists each row's problems, and keeps the file in the cache for an hour under a random token
bound to the user, so that the user can confirm "import the N valid rows only" without choosing
the file again. On confirmation the file is read and checked again (a closing date may have
passed in the meantime), and imported only if it still has the N valid rows the user agreed to.
The cache holds the file's bytes, at most 2 MB, rather than the checked rows, so that what is
imported is always what the rules say today.
"""

import csv
import io
import secrets

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from jobs.bulk import checking, parsing
from jobs.bulk.forms import ConfirmForm, UploadForm, job_indexes
from jobs.bulk.importing import import_rows
from jobs.intake.forms import JobIntakeForm
from occupations.models import Occupation
from regions.forms import in_order
from regions.models import Township

KEEP_SECONDS = 3600


def cache_key(token):
    return f"jobs-bulk-import:{token}"


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "jobs/bulk/import.html"
    page_title = _("Import jobs")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not job_indexes(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", UploadForm(user=self.request.user))
        return super().get_context_data(
            columns=[
                (column, JobIntakeForm.base_fields[column.field]) for column in parsing.COLUMNS
            ],
            townships=in_order(Township.objects.all()),
            occupations=Occupation.objects.occupations().order_by("code"),
            template_url=reverse("jobs_bulk_import:template"),
            confirm_url=reverse("jobs_bulk_import:confirm"),
            **kwargs,
        )

    def post(self, request):
        form = UploadForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        index = form.cleaned_data["index"]
        report = checking.check(form.sheet)
        if not report.invalid:
            return self.imported(report, index)
        token = secrets.token_urlsafe(24)
        cache.set(
            cache_key(token),
            {
                "user": request.user.pk,
                "name": form.cleaned_data["file"].name,
                "data": form.data_bytes,
                "index": index.pk,
            },
            KEEP_SECONDS,
        )
        return self.report(report, token, form=form)

    def report(self, report, token, confirm=None, **kwargs):
        valid = len(report.valid)
        if confirm is None and valid:
            confirm = ConfirmForm(initial={"token": token, "expected": valid})
        return self.render_to_response(
            self.get_context_data(report=report, confirm=confirm, valid_count=valid, **kwargs)
        )

    def imported(self, report, index):
        jobs = import_rows(report.valid, index, self.request.user)
        messages.success(
            self.request,
            _("%(count)s jobs were imported as drafts and sent to review.") % {"count": len(jobs)},
        )
        return redirect("wagtailadmin_explore", index.pk)


class ConfirmView(ImportView):
    """Imports the valid rows of a file kept by ImportView; answers POST only."""

    http_method_names = ["post"]

    def post(self, request):
        form = ConfirmForm(request.POST)
        token = request.POST.get("token", "")
        kept = cache.get(cache_key(token)) if token else None
        if not kept or kept["user"] != request.user.pk:
            messages.error(request, _("The checked file is no longer kept: upload it again."))
            return redirect("jobs_bulk_import:index")
        index = next((i for i in job_indexes(request.user) if i.pk == kept["index"]), None)
        if index is None:
            raise PermissionDenied
        report = checking.check(parsing.read(kept["name"], kept["data"]))
        if not form.is_valid():
            return self.report(report, token, confirm=form)
        if len(report.valid) != form.cleaned_data["expected"]:
            messages.warning(
                request,
                _("The file was checked again and the count of valid rows changed: look again."),
            )
            return self.report(report, token)
        cache.delete(cache_key(token))
        return self.imported(report, index)


def template_csv(request):
    """An empty template: the header row, in Chinese."""
    if not job_indexes(request.user):
        raise PermissionDenied
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.chinese for column in parsing.COLUMNS])
    response = HttpResponse(
        # A byte-order mark, so that Excel opens the UTF-8 file with its Chinese intact.
        "\ufeff" + buffer.getvalue(),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="jobs-template.csv"'
    return response


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(job_indexes(request.user))


class BulkImportViewSet(ViewSet):
    name = "jobs_bulk_import"
    url_prefix = "jobs/import"
    icon = "upload"
    menu_label = _("Import jobs")
    menu_item_class = ImportMenuItem
    menu_order = 300

    def get_urlpatterns(self):
        return [
            path("", ImportView.as_view(), name="index"),
            path("confirm/", ConfirmView.as_view(), name="confirm"),
            path("template.csv", template_csv, name="template"),
        ]

"""The archive years in the back office (clause 6.5.3): supervisors close a year that has
ended, follow the making of its bundles, and download a worker's bundle (written to the audit
log, like any export)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from audit.models import Action
from audit.recording import write
from workers.archiving import close_year, may_close
from workers.models import ArchiveBundle, ClosedYear


class CloseYearForm(WagtailAdminModelForm):
    confirm = forms.BooleanField(
        label=_("I understand that the year's service records can no longer be changed"),
    )

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not may_close(year):
            raise ValidationError(
                _("Only a year that has ended and is not closed yet can be closed."),
                code="not_closable",
            )
        return year


class CloseYearView(generic.CreateView):
    def save_instance(self):
        return close_year(self.form.cleaned_data["year"], self.request.user)


class ClosedYearInspectView(generic.InspectView):
    template_name = "workers/closed_year_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["bundles"] = ArchiveBundle.objects.filter(year=self.object.year).select_related(
            "worker"
        )
        return context


class StaysClosed:
    """A closed year is never reopened or removed: its edit and delete addresses say so."""

    def dispatch(self, request, *args, **kwargs):
        messages.error(request, _("A closed year stays closed."))
        return redirect("archive_years:inspect", kwargs["pk"])


class ClosedYearEditView(StaysClosed, generic.EditView):
    pass


class ClosedYearDeleteView(StaysClosed, generic.DeleteView):
    pass


class BundleDownloadView(View):
    """A bundle's PDF summary or JSON data, for supervisors, logged as an export."""

    def get(self, request, pk, part):
        if not request.user.has_perm("workers.view_archivebundle") or part not in (
            "summary",
            "data",
        ):
            raise PermissionDenied
        bundle = get_object_or_404(ArchiveBundle, pk=pk)
        write(request, Action.EXPORT, bundle.worker or bundle)
        stored = getattr(bundle, part)
        return FileResponse(stored.open("rb"), as_attachment=True, filename=stored.name)


class ClosedYearViewSet(ModelViewSet):
    model = ClosedYear
    icon = "folder-inverse"
    menu_label = _("Archive years")
    add_to_settings_menu = True
    list_display = ["year", "closed_at", "closed_by", "workers_served", "bundles_made"]
    copy_view_enabled = False
    inspect_view_enabled = True
    add_view_class = CloseYearView
    inspect_view_class = ClosedYearInspectView

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(ClosedYear, form=CloseYearForm, fields=["year"])

    edit_view_class = ClosedYearEditView
    delete_view_class = ClosedYearDeleteView

    def get_urlpatterns(self):
        download = path("bundle/<int:pk>/<str:part>/", BundleDownloadView.as_view(), name="bundle")
        return [*super().get_urlpatterns(), download]


closed_year_viewset = ClosedYearViewSet("archive_years")

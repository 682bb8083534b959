"""Career plans in the staff admin (6.1.2, 6.1.3).

The shape, and why: one viewset of plan *versions*. A version is the thing a counsellor writes,
hands over and compares, so it is what the admin lists and opens. Its "edit" address is really
"new version from this one": a create view whose form starts as a copy of that version (parts
and steps) and whose save adds the plan's next version with the reason for the change, so no
version is ever overwritten and every earlier one stays read-only. Adding a plan for a worker
who already has one goes to a new version of their latest. The version page shows the steps
and the deliveries, records a delivery, compares two versions and downloads the PDF; these are
extra addresses of the same viewset, so they share its permission checks and caseload rule.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log

from careerplans.compare import differences
from careerplans.forms import DeliveryForm, PlanVersionForm
from careerplans.models import PARTS, PlanVersion
from careerplans.pdf import filename, render_pdf
from workers.models import Worker
from workers.records import (
    OfVisibleWorker,
    RecordCreateView,
    RecordInspectView,
    WorkerRecordViewSet,
)


class VersionFormView(RecordCreateView):
    inspect_url_name = None

    def get_success_url(self):
        return reverse(self.inspect_url_name, args=(self.object.pk,))


class PlanCreateView(VersionFormView):
    def get(self, request, *args, **kwargs):
        worker = request.GET.get("worker", "")
        if worker.isdigit():
            visible = Worker.objects.visible_to(request.user)
            latest = PlanVersion.objects.filter(worker__in=visible, worker=worker).first()
            if latest is not None:
                return redirect(self.edit_url_name, latest.pk)
        return super().get(request, *args, **kwargs)


class NewVersionView(OfVisibleWorker, VersionFormView):
    """The viewset's "edit": a new version starting from this one."""

    page_title = _("New version")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.source = self.get_object()

    def get_initial_form_instance(self):
        return self.source.copy()

    def get_add_url(self):
        return reverse(self.edit_url_name, args=(self.source.pk,))


class PlanInspectView(RecordInspectView):
    template_name = "careerplans/version_inspect.html"
    fields = ["worker", "number", "author", "created_at", *PARTS]

    @property
    def header_buttons(self):
        version = self.object
        buttons = [
            HeaderButton(
                pgettext_lazy("career plan", "Download PDF"),
                url=reverse("careerplans:pdf", args=(version.pk,)),
                icon_name="download",
                priority=10,
            )
        ]
        if version.number > 1:
            buttons.append(
                HeaderButton(
                    _("Compare with the previous version"),
                    url=reverse("careerplans:compare", args=(version.pk,)),
                    icon_name="history",
                    priority=20,
                )
            )
        if self.user_has_permission("add"):
            buttons.append(
                HeaderButton(
                    _("New version from this one"),
                    url=reverse(self.edit_url_name, args=(version.pk,)),
                    icon_name="edit",
                    priority=30,
                )
            )
        return buttons

    @property
    def header_more_buttons(self):
        # No "Edit": the version stands as written; "new version" is a button of its own.
        return [button for button in super().header_more_buttons if button.icon_name == "bin"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["steps"] = self.object.steps.all()
        context["deliveries"] = self.object.deliveries.select_related("delivered_by")
        context["versions"] = self.object.plan.versions.order_by("-number")
        if self.request.user.has_perm("careerplans.add_plandelivery"):
            context["delivery_form"] = DeliveryForm()
        return context


class CompareView(PlanInspectView):
    """What changed, field by field and step by step, between this version and another of the
    same plan (`?with=<pk>`, the previous version by default)."""

    template_name = "careerplans/compare.html"
    page_title = _("Compare versions")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        other = self.request.GET.get("with", "")
        versions = self.object.plan.versions.all()
        if other.isdigit():
            other = get_object_or_404(versions, pk=other)
        else:
            other = self.object.previous() or self.object
        older, newer = sorted([other, self.object], key=lambda version: version.number)
        context.update(older=older, newer=newer, changes=differences(older, newer))
        return context


class PdfView(RecordInspectView):
    """The version as the worker receives it; each download is logged."""

    def get(self, request, *args, **kwargs):
        version = self.object
        response = HttpResponse(render_pdf(version), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{filename(version)}"'
        log(version, "careerplans.download_pdf", user=request.user)
        return response


class DeliverView(RecordInspectView):
    """Records that this version was handed over or sent (6.1.3). The form is on the version's
    page, where a GET of this address leads back."""

    def get(self, request, *args, **kwargs):
        return redirect("careerplans:inspect", self.object.pk)

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("careerplans.add_plandelivery"):
            raise PermissionDenied
        form = DeliveryForm(request.POST)
        if form.is_valid():
            delivery = form.save(commit=False)
            delivery.version = self.object
            delivery.delivered_by = request.user
            delivery.save()
            messages.success(request, _("The delivery is recorded."))
        else:
            errors = "; ".join(error for errors in form.errors.values() for error in errors)
            messages.error(request, _("The delivery was not recorded: %s") % errors)
        return redirect("careerplans:inspect", self.object.pk)


class PlanViewSet(WorkerRecordViewSet):
    model = PlanVersion
    icon = "list-ol"
    menu_label = _("Career plans")
    add_view_class = PlanCreateView
    inspect_view_class = PlanInspectView
    list_display = ["worker", "number", "employment_goal", "author", "created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("worker"),
            FieldPanel("self_awareness"),
            FieldPanel("local_industry"),
            FieldPanel("employment_goal"),
            FieldPanel("development_path"),
            InlinePanel("steps", heading=_("Action steps"), label=_("Step"), min_num=1),
            FieldPanel("reason_for_change"),
        ],
        base_form_class=PlanVersionForm,
    )

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(inspect_url_name=self.get_url_name("inspect"), **kwargs)

    @property
    def edit_view(self):
        return self.construct_view(NewVersionView, **self.get_add_view_kwargs())

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("compare/<int:pk>/", self.extra_view(CompareView), name="compare"),
            path("pdf/<int:pk>/", self.extra_view(PdfView), name="pdf"),
            path("deliver/<int:pk>/", self.extra_view(DeliverView), name="deliver"),
        ]

    def extra_view(self, view_class):
        kwargs = self.get_inspect_view_kwargs()
        kwargs.pop("template_name")  # each extra view has its own
        return self.construct_view(view_class, **kwargs)


plan_viewset = PlanViewSet("careerplans")

"""Complaints in the staff admin (clause 7.3): the list with its filters, staff entry of the
complaints received on site, by letter or by phone, the complaint's page with its history, and
the steps of its handling, each a small form POSTed to `StepView` and checked by
complaints/transitions.py.

Complaint officers see the complaints of their departments; supervisors every complaint
(`Complaint.objects.visible_to`). Another department's complaint is refused at every address.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django_filters import BooleanFilter, ChoiceFilter, ModelChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from complaints.models import (
    RUNNING,
    Channel,
    Complaint,
    ComplaintCategory,
    Department,
    Status,
)
from complaints.transitions import Refused, allowed_steps, perform
from portal.dates import lhasa_today
from portal.phones import normalised_mobile


class ComplaintFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("status"), choices=Status.choices)
    category = ModelChoiceFilter(label=_("category"), queryset=ComplaintCategory.objects.all())
    channel = ChoiceFilter(label=_("received by"), choices=Channel.choices)
    overdue = BooleanFilter(label=_("overdue"), method="filter_overdue")

    class Meta:
        model = Complaint
        fields = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = Q(status__in=RUNNING, due_on__lt=lhasa_today())
        return queryset.filter(overdue) if value else queryset.exclude(overdue)


class StaffComplaintForm(WagtailAdminModelForm):
    """A complaint received on site, by letter or by phone, typed in by staff."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "channel" in self.fields:
            self.fields["channel"].choices = [
                choice for choice in Channel.choices if choice[0] != Channel.ONLINE
            ]

    def clean_phone(self):
        try:
            return normalised_mobile(self.cleaned_data["phone"])
        except ValidationError as error:
            raise ValidationError(error.messages) from error


class OfDepartment:
    """For views of one complaint: refused unless the user may see it."""

    def get_object(self, *args, **kwargs):
        complaint = super().get_object(*args, **kwargs)
        if not Complaint.objects.visible_to(self.request.user).filter(pk=complaint.pk).exists():
            raise PermissionDenied
        return complaint


class ComplaintIndexView(generic.IndexView):
    def get_base_queryset(self):
        complaints = super().get_base_queryset().visible_to(self.request.user)
        return complaints.select_related("category")


class ComplaintCreateView(generic.CreateView):
    def save_instance(self):
        complaint = self.form.save(commit=False)
        complaint.received_by = self.request.user
        complaint.save()
        return complaint


class ComplaintInspectView(OfDepartment, generic.InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        complaint = self.object
        if self.request.user.has_perm("complaints.change_complaint"):
            context["steps"] = [
                (step, reverse("complaint_admin:step", args=(complaint.pk, step.name)))
                for step in allowed_steps(complaint)
            ]
        context["changes"] = complaint.changes.select_related("by")
        context["overdue"] = complaint.is_overdue(lhasa_today())
        return context


class ComplaintEditView(OfDepartment, generic.EditView):
    pass


class ComplaintDeleteView(OfDepartment, generic.DeleteView):
    pass


class ComplaintHistoryView(OfDepartment, history.HistoryView):
    pass


class ComplaintUsageView(OfDepartment, usage.UsageView):
    pass


class StepView(View):
    """One step of a complaint's handling (POST only); back to the complaint's page."""

    http_method_names = ["post"]

    def post(self, request, pk, step):
        if not request.user.has_perm("complaints.change_complaint"):
            raise PermissionDenied
        complaint = get_object_or_404(Complaint, pk=pk)
        if not Complaint.objects.visible_to(request.user).filter(pk=pk).exists():
            raise PermissionDenied
        try:
            complaint = perform(complaint, step, request.user, request.POST.get("note", ""))
        except Refused as refused:
            messages.error(request, refused.message)
        else:
            message = _("Complaint %(reference)s: %(status)s.") % {
                "reference": complaint.shown_reference,
                "status": complaint.get_status_display(),
            }
            if step == "accept":
                message = _("Complaint %(reference)s accepted: the answer is due on %(due)s.") % {
                    "reference": complaint.shown_reference,
                    "due": complaint.due_on.isoformat(),
                }
            messages.success(request, message)
        return redirect("complaint_admin:inspect", pk)


class ComplaintViewSet(ModelViewSet):
    model = Complaint
    name = "complaint_admin"
    url_prefix = "complaints"
    icon = "mail"
    menu_label = _("Complaints")
    menu_order = 100
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ComplaintIndexView
    add_view_class = ComplaintCreateView
    inspect_view_class = ComplaintInspectView
    edit_view_class = ComplaintEditView
    delete_view_class = ComplaintDeleteView
    history_view_class = ComplaintHistoryView
    usage_view_class = ComplaintUsageView
    inspect_template_name = "complaints/admin/inspect.html"
    filterset_class = ComplaintFilterSet
    list_display = [
        "shown_reference",
        "name",
        "category",
        "channel",
        "status",
        "due_on",
        "received_at",
    ]
    ordering = ["-received_at"]
    inspect_view_fields = [
        "shown_reference",
        "status",
        "channel",
        "category",
        "department",
        "received_at",
        "name",
        "phone",
        "language",
        "worker",
        "what_happened",
        "wanted",
        "accepted_on",
        "due_on",
        "rejection_reason",
        "answer",
        "answered_on",
        "answered_by",
        "escalated_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("channel"), FieldPanel("category")]),
                    FieldRowPanel([FieldPanel("name"), FieldPanel("phone")]),
                    FieldPanel("language"),
                ],
                heading=_("The complainant"),
            ),
            FieldPanel("what_happened"),
            FieldPanel("wanted"),
        ],
        base_form_class=StaffComplaintForm,
    )

    def get_urlpatterns(self):
        step = path("<int:pk>/step/<str:step>/", StepView.as_view(), name="step")
        return [*super().get_urlpatterns(), step]


class DepartmentViewSet(ModelViewSet):
    model = Department
    name = "complaint_departments"
    url_prefix = "complaints/departments"
    icon = "group"
    menu_label = _("Departments")
    menu_order = 200
    copy_view_enabled = False
    list_display = ["name_zh", "name_bo", "email"]
    form_fields = ["name_zh", "name_bo", "email", "members"]


class CategoryViewSet(ModelViewSet):
    model = ComplaintCategory
    name = "complaint_categories"
    url_prefix = "complaints/categories"
    icon = "tag"
    menu_label = _("Categories")
    menu_order = 300
    copy_view_enabled = False
    list_display = ["name_zh", "name_bo", "department", "sort_order"]
    form_fields = ["name_zh", "name_bo", "department", "sort_order"]


class ComplaintsGroup(ModelViewSetGroup):
    items = (ComplaintViewSet, DepartmentViewSet, CategoryViewSet)
    menu_icon = "mail"
    menu_label = _("Complaints")
    menu_name = "complaints"
    menu_order = 260

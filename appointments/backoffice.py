"""Appointments in the staff admin: the day's bookings per centre and counsellor (a filtered
list), booking on behalf of a caller or a walk-in under the same capacity rule as the public
form (appointments/seats.py), recording attended or no-show, and the slots, rooms and service
types.

A booking shows the worker found by its phone, or a link to start a worker record.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django_filters import ChoiceFilter, DateFilter, ModelChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from appointments import notices
from appointments.models import Booking, Room, ServiceType, Slot, Status
from appointments.seats import SlotTaken, mark, take_seat
from home.models import ServiceCentre
from portal.phones import normalised_mobile
from staff.roles import COUNSELLORS


def counsellors():
    return get_user_model().objects.filter(groups__name=COUNSELLORS, is_active=True)


class BookingFilterSet(WagtailFilterSet):
    day = DateFilter(label=_("day"), method="filter_day")
    centre = ModelChoiceFilter(
        label=_("service centre"),
        field_name="slot__centre",
        queryset=ServiceCentre.objects.filter(locale__language_code="zh-hans"),
    )
    counsellor = ModelChoiceFilter(
        label=_("counsellor"), field_name="slot__counsellor", queryset=counsellors()
    )
    status = ChoiceFilter(label=_("status"), choices=Status.choices)

    class Meta:
        model = Booking
        fields = []

    def filter_day(self, queryset, name, value):
        return queryset.filter(slot__starts_at__date=value) if value else queryset

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["counsellor"].queryset = counsellors()


class StaffBookingForm(WagtailAdminModelForm):
    """A booking made by staff for a caller or a walk-in: the same rule, one seat per booking."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slot" in self.fields and self.instance.pk:
            # Moving a booking goes through its signed link or a new booking: seats stay right.
            self.fields["slot"].disabled = True
        elif "slot" in self.fields:
            self.fields["slot"].queryset = Slot.objects.open().select_related(
                "centre", "room", "counsellor"
            )

    def clean_phone(self):
        try:
            return normalised_mobile(self.cleaned_data["phone"])
        except ValidationError as error:
            raise ValidationError(error.messages) from error


class BookingIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("service", "slot__counsellor")


class BookingCreateView(generic.CreateView):
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except SlotTaken as taken:
            form.add_error("slot", taken.message)
            return self.form_invalid(form)

    def save_instance(self):
        booking = self.form.save(commit=False)
        booking.booked_by = self.request.user
        take_seat(booking.slot)
        booking.save()
        notices.tell(booking, "booked", self.request)
        return booking


class BookingInspectView(generic.InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        booking = self.object
        if self.request.user.has_perm("appointments.change_booking"):
            context["marks"] = [
                (status, reverse("appointment_admin:mark", args=(booking.pk, status.value)))
                for status in (Status.ATTENDED, Status.NO_SHOW)
                if booking.status != status and booking.status != Status.CANCELLED
            ]
        context["add_worker_url"] = reverse("workers:add")
        return context


class MarkView(View):
    """Attended or no-show (POST only); back to the booking's page."""

    http_method_names = ["post"]

    def post(self, request, pk, status):
        if not request.user.has_perm("appointments.change_booking"):
            raise PermissionDenied
        booking = get_object_or_404(Booking, pk=pk)
        if status not in (Status.ATTENDED, Status.NO_SHOW):
            raise PermissionDenied
        mark(booking, status)
        messages.success(
            request,
            _("Appointment %(reference)s: %(status)s.")
            % {"reference": booking.shown_reference, "status": booking.get_status_display()},
        )
        return redirect("appointment_admin:inspect", pk)


class BookingViewSet(ModelViewSet):
    model = Booking
    name = "appointment_admin"
    url_prefix = "appointments"
    icon = "date"
    menu_label = _("Appointments")
    menu_order = 100
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = BookingIndexView
    add_view_class = BookingCreateView
    inspect_view_class = BookingInspectView
    inspect_template_name = "appointments/admin/inspect.html"
    filterset_class = BookingFilterSet
    list_display = ["shown_reference", "slot", "service", "name", "channel", "status"]
    ordering = ["slot__starts_at"]
    inspect_view_fields = [
        "shown_reference",
        "status",
        "service",
        "slot",
        "channel",
        "name",
        "masked_phone",
        "language",
        "notes",
        "topic",
        "worker",
        "booked_by",
        "created_at",
        "reminded_at",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("service"), FieldPanel("slot")]),
            FieldRowPanel([FieldPanel("name"), FieldPanel("phone")]),
            FieldRowPanel([FieldPanel("language"), FieldPanel("channel")]),
            FieldPanel("notes"),
        ],
        base_form_class=StaffBookingForm,
    )

    def get_urlpatterns(self):
        step = path("<int:pk>/mark/<str:status>/", MarkView.as_view(), name="mark")
        return [*super().get_urlpatterns(), step]


class SlotFilterSet(WagtailFilterSet):
    day = DateFilter(label=_("day"), method="filter_day")

    class Meta:
        model = Slot
        fields = ["centre", "counsellor", "remote"]

    def filter_day(self, queryset, name, value):
        return queryset.filter(starts_at__date=value) if value else queryset


class SlotViewSet(ModelViewSet):
    model = Slot
    name = "appointment_slots"
    url_prefix = "appointments/slots"
    icon = "time"
    menu_label = _("Slots")
    menu_order = 200
    filterset_class = SlotFilterSet
    list_display = ["__str__", "capacity", "seats_left"]
    ordering = ["-starts_at"]
    form_fields = ["counsellor", "remote", "centre", "room", "starts_at", "ends_at", "capacity"]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        form_class.base_fields["counsellor"].queryset = counsellors()
        return form_class


class RoomViewSet(ModelViewSet):
    model = Room
    name = "appointment_rooms"
    url_prefix = "appointments/rooms"
    icon = "home"
    menu_label = _("Rooms")
    menu_order = 300
    copy_view_enabled = False
    list_display = ["name", "centre", "kind", "capacity"]
    form_fields = ["centre", "name", "kind", "capacity"]


class ServiceTypeViewSet(ModelViewSet):
    model = ServiceType
    name = "appointment_services"
    url_prefix = "appointments/services"
    icon = "list-ul"
    menu_label = _("Service types")
    menu_order = 400
    copy_view_enabled = False
    list_display = ["name_zh", "name_bo", "minutes", "sort_order"]
    form_fields = ["code", "name_zh", "name_bo", "minutes", "sort_order"]


class AppointmentsGroup(ModelViewSetGroup):
    items = (BookingViewSet, SlotViewSet, RoomViewSet, ServiceTypeViewSet)
    menu_icon = "date"
    menu_label = _("Appointments")
    menu_name = "appointments"
    menu_order = 250

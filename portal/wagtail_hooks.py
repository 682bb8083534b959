from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from portal.models import HolidaySchedule, SpecialDay


class HolidayScheduleViewSet(ModelViewSet):
    model = HolidaySchedule
    icon = "date"
    menu_label = _("Holiday schedules")
    add_to_settings_menu = True
    form_fields = ["year", "source", "checked_on"]
    list_display = ["year", "source", "checked_on"]
    copy_view_enabled = False


class SpecialDayViewSet(ModelViewSet):
    model = SpecialDay
    icon = "calendar-alt"
    menu_label = _("Special days")
    add_to_settings_menu = True
    form_fields = ["day", "kind", "name"]
    list_display = ["day", "kind", "name"]
    list_filter = ["kind"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_working_day_viewsets():
    return [HolidayScheduleViewSet("holiday_schedules"), SpecialDayViewSet("special_days")]

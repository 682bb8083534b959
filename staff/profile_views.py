"""Staff profiles in the admin (clause 4.2): supervisors keep everyone's under Settings → Staff
profiles; each member of staff keeps their own under "My profile", without the service centre,
which decides whose workers a counsellor sees. The dashboard panel lists what falls due."""

from django.db.models import Min
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from portal.dates import lhasa_today
from staff.models import StaffProfile
from staff.profiles import SEES_EVERY_PROFILE, due_items, reminder_days

QUALIFICATION_PANELS = [
    FieldRowPanel([FieldPanel("name"), FieldPanel("level")]),
    FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on"), FieldPanel("expires_on")]),
]

OWN_PANELS = [
    FieldRowPanel([FieldPanel("speaks_chinese"), FieldPanel("speaks_tibetan")]),
    FieldRowPanel([FieldPanel("education"), FieldPanel("phone")]),
    FieldRowPanel([FieldPanel("mental_health_checked_on"), FieldPanel("policy_training_on")]),
    InlinePanel("qualifications", panels=QUALIFICATION_PANELS, label=_("qualifications")),
]


def shown_date(value):
    return value.isoformat() if value else ""


class StaffProfileIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user", "service_centre")
            .annotate(next_expiry=Min("qualifications__expires_on"))
        )


class StaffProfileViewSet(ModelViewSet):
    model = StaffProfile
    icon = "user"
    menu_label = _("Staff profiles")
    add_to_settings_menu = True
    copy_view_enabled = False
    index_view_class = StaffProfileIndexView
    panels = [
        FieldRowPanel(
            [FieldPanel("user", heading=_("staff member")), FieldPanel("service_centre")]
        ),
        *OWN_PANELS,
    ]
    list_display = [
        "__str__",
        "service_centre",
        Column("languages", label=_("languages")),
        Column(
            "next_expiry",
            label=_("next expiry"),
            accessor=lambda profile: shown_date(profile.next_expiry),
            sort_key="next_expiry",
        ),
        Column(
            "check_due_on",
            label=_("mental-health check due"),
            accessor=lambda profile: shown_date(profile.check_due_on) or _("never recorded"),
            sort_key="mental_health_checked_on",
        ),
    ]
    list_filter = ["service_centre", "speaks_chinese", "speaks_tibetan", "education"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]


class MyProfileView(generic.EditView):
    """The signed-in user's own profile, started on first save; any member of staff may."""

    model = StaffProfile
    permission_required = None
    page_title = _("My profile")
    header_icon = "user"
    panel = None
    success_message = _("Your profile is saved.")

    def get_panel(self):
        return ObjectList(OWN_PANELS).bind_to_model(StaffProfile)

    def get_object(self, queryset=None):
        user = self.request.user
        return StaffProfile.objects.filter(user=user).first() or StaffProfile(user=user)

    def get_page_subtitle(self):
        return str(self.object)

    def get_edit_url(self):
        return reverse("staff_my_profile")

    def get_success_url(self):
        return reverse("staff_my_profile")


class DueItemsPanel(Component):
    """Qualifications expiring or expired and mental-health checks due: everyone's for
    supervisors, the user's own for anyone else."""

    name = "staff_due"
    order = 160

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        items = due_items(StaffProfile.objects.visible_to(self.user), lhasa_today())
        if not items:
            return ""
        return render_to_string(
            "staff/due_panel.html",
            {
                "items": items,
                "days": reminder_days(),
                "everyone": self.user.has_perm(SEES_EVERY_PROFILE),
            },
        )

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from staff.models import Authenticator
from staff.profile_views import DueItemsPanel, MyProfileView, StaffProfileViewSet
from staff.two_factor_views import AuthenticatorViewSet, ResetOnly, urlpatterns

register_permission_policy(Authenticator, ResetOnly(Authenticator))


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path(
            "two-factor/",
            include((urlpatterns, "staff_two_factor"), namespace="staff_two_factor"),
        )
    ]


@hooks.register("register_admin_viewset")
def register_authenticator_viewset():
    return AuthenticatorViewSet("authenticators")


@hooks.register("register_admin_viewset")
def register_staff_profile_viewset():
    return StaffProfileViewSet("staff_profiles")


@hooks.register("register_admin_urls")
def register_my_profile_url():
    return [path("my-profile/", MyProfileView.as_view(), name="staff_my_profile")]


@hooks.register("register_admin_menu_item")
def register_my_profile_menu_item():
    return MenuItem(
        _("My profile"),
        reverse("staff_my_profile"),
        name="my-profile",
        icon_name="user",
        order=9000,
    )


@hooks.register("construct_homepage_panels")
def add_due_items_panel(request, panels):
    panels.append(DueItemsPanel(request.user))

from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from staff.models import Authenticator
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

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from audit import views
from audit.models import AuditEntry

register_permission_policy(AuditEntry, views.permission_policy)


class AuditLogMenuItem(MenuItem):
    def is_shown(self, request):
        return views.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def register_audit_urls():
    return [path("audit-log/", include((views.urlpatterns, "audit"), namespace="audit"))]


@hooks.register("register_reports_menu_item")
def register_audit_log_menu_item():
    return AuditLogMenuItem(
        _("Audit log"), reverse("audit:index"), name="audit-log", icon_name="list-ul", order=1050
    )

"""Districts, counties and townships in the staff admin, under Settings.

They are reference data loaded from regions/data/townships.csv (`manage.py import_regions`):
every staff member may look them up, only superusers correct a name or coordinates, and nobody
deletes one here, because jobs, employers and links (`?near=dazi-deqing`) refer to them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from regions.models import Area, Township

FIELDS = ["code", "kind", "name_zh", "name_bo", "latitude", "longitude", "sort_order"]


class ReferenceDataPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if not user.is_active:
            return False
        if action == "view":
            return user.has_perm("wagtailadmin.access_admin")
        return action != "delete" and user.is_superuser


class AreaViewSet(ModelViewSet):
    model = Area
    name = "areas"
    icon = "globe"
    inspect_view_enabled = True
    list_display = ["name_zh", "name_bo", "code", "kind"]
    form_fields = FIELDS


class TownshipViewSet(ModelViewSet):
    model = Township
    name = "townships"
    icon = "site"
    inspect_view_enabled = True
    list_display = ["name_zh", "name_bo", "code", "area", "kind"]
    list_filter = ["area", "kind"]
    search_fields = ["code", "name_zh", "name_bo"]
    list_per_page = 100
    form_fields = ["area", *FIELDS]


class RegionsGroup(ViewSetGroup):
    items = (AreaViewSet, TownshipViewSet)
    menu_icon = "globe"
    menu_label = _("Regions")
    menu_name = "regions"
    add_to_settings_menu = True

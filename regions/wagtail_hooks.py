from wagtail import hooks
from wagtail.permissions import register_permission_policy

from regions.models import Area, Township
from regions.views import ReferenceDataPolicy, RegionsGroup

# Registered before the viewsets, which would otherwise fall back to Django's model permissions.
register_permission_policy(Area, ReferenceDataPolicy(Area))
register_permission_policy(Township, ReferenceDataPolicy(Township))


@hooks.register("register_admin_viewset")
def register_regions():
    return RegionsGroup()

from wagtail import hooks

from workers.archive_views import closed_year_viewset
from workers.views import worker_viewset


@hooks.register("register_admin_viewset")
def register_worker_viewsets():
    return [worker_viewset, closed_year_viewset]

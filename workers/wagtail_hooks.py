from wagtail import hooks

from workers.views import worker_viewset


@hooks.register("register_admin_viewset")
def register_worker_viewset():
    return worker_viewset

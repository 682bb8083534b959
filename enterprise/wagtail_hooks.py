from wagtail import hooks

from enterprise.views import EntrepreneurshipGroup


@hooks.register("register_admin_viewset")
def register_entrepreneurship_group():
    return EntrepreneurshipGroup()

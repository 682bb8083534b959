"""The portal's URLs plus one view that fails, to see what a visitor gets on a server error."""

from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def failing_view(request):
    raise RuntimeError("a fault deep in the service")


urlpatterns = [path("failing/", failing_view), *portal_urlpatterns]

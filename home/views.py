from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from home.sitemap import PortalSitemap


@require_GET
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PortalSitemap(request)})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain")

"""Template tags every public page uses: menus, language links, footer contact details."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from home.blocks import localize_links
from home.models import NavigationMenu, ServiceCentre
from portal.i18n import active_locale, bcp47

register = template.Library()
register.filter("bcp47", bcp47)


def _localized(queryset):
    """The rows of the active locale, or of the default locale when none are translated yet."""
    locale = active_locale()
    rows = [row for row in queryset if row.locale_id == locale.id]
    if rows:
        return rows
    default_code = settings.LANGUAGE_CODE
    return [row for row in queryset if row.locale.language_code == default_code]


@register.inclusion_tag("components/navigation_menu.html")
def navigation_menu(slot, label):
    menus = _localized(NavigationMenu.objects.filter(slot=slot).select_related("locale"))
    links = localize_links(block.value for block in menus[0].items) if menus else []
    return {"links": links, "slot": slot, "label": label}


@register.simple_tag
def service_centres():
    return _localized(ServiceCentre.objects.select_related("locale"))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation, else to that language's home."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page):
        # A routed sub-page (e.g. an occupation under the occupation browser) keeps its route.
        route = request.path.removeprefix(page.url) if request.path.startswith(page.url) else ""
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        translations = {
            p.locale.language_code: p.url + route + query
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code)
        if url is None and page is None:
            url = translate_url(request.get_full_path(), code)
        if url is None:
            url = _home_url(request, code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


def _home_url(request, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    home = (
        site.root_page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=language_code)
        .first()
    )
    with translation.override(language_code):
        return home.url if home else translate_url("/", language_code)


# What json_script escapes, so that text inside the data cannot close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """schema.org structured data as <script type="application/ld+json">.

    Like Django's json_script, but with the type search engines read. The data is serialised
    with json.dumps and escaped, never interpolated into a string.
    """
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308

"""Links from one part of the service to another that several page types share."""

from urllib.parse import urlencode

from django.conf import settings

from portal.i18n import active_locale, localize_pages

APPOINTMENT_PAGE_SLUG = "service-process"


def appointment_url(request, **about):
    """Where a worker asks a counsellor or books an appointment, e.g. `about` a course=<id>.

    The booking flow is a later issue: until then this is the service-process disclosure in the
    reader's language, with `about` in the query string for the booking form to pick up. Swap
    the target here. None when there is no such page.
    """
    from home.models import StandardPage

    pages = StandardPage.objects.live().filter(slug=APPOINTMENT_PAGE_SLUG)
    page = pages.filter(locale=active_locale()).first()
    if page is None:  # not translated yet, or its slug was translated
        source = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if source is None:
            return None
        page = localize_pages([source])[source.pk]
    url = page.get_url(request)
    return f"{url}?{urlencode(about)}" if about else url

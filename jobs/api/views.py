"""The JSON API views: plain Django views returning JsonResponse.

Why not Django REST framework (which Wagtail pulls in): the API is two read-only GET endpoints
over `job_listing`, the same function that builds the HTML job index, so that the filters,
counts and order cannot differ between the two. DRF's serializers, filter backends and
paginators would each be a second implementation of something the listing already does.

Every answer is JSON, errors included, and every successful or "not found" answer may be
cached for five minutes: jobs open and close by the day, and a new job is worth waiting for
five minutes, not a query per phone.
"""

from functools import wraps

from django.conf import settings
from django.http import Http404, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from jobs.api.openapi import CACHE_CONTROL, openapi_document
from jobs.api.serializers import coded, facet_data, job_data, job_detail_data
from jobs.listing import chosen_township, distance_between, job_listing
from jobs.models import JobIndexPage
from portal.i18n import active_locale

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ALLOWED_METHODS = ("GET", "HEAD")


def json_response(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def error(status, code, message):
    return json_response({"error": {"status": status, "code": code, "message": message}}, status)


def api_view(view):
    """Read-only, in the language of `?lang=` (Chinese by default), answered in JSON.

    CSRF-exempt so that a POST is told 405 in JSON rather than 403 in HTML: the views change
    nothing, whatever the method.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        requested = request.GET.get("lang", settings.LANGUAGE_CODE)
        language = requested if requested in LANGUAGES else settings.LANGUAGE_CODE
        with translation.override(language):
            if request.method not in ALLOWED_METHODS:
                response = error(405, "method_not_allowed", _("Only GET and HEAD are allowed."))
                response["Allow"] = ", ".join(ALLOWED_METHODS)
                return response
            if requested not in LANGUAGES:
                message = _("The language must be one of: %(languages)s.") % {
                    "languages": ", ".join(LANGUAGES)
                }
                return error(400, "invalid_language", message)
            # The databases refuse a NUL character in a query; no real value contains one.
            if any("\0" in value for _name, values in request.GET.lists() for value in values):
                return error(400, "invalid_query", _("The query string contains a NUL character."))
            try:
                response = view(request, *args, **kwargs)
            except Http404:
                response = error(404, "not_found", _("There is no open job here."))
        response["Cache-Control"] = CACHE_CONTROL
        return response

    return wrapper


def job_index():
    """The live job index of the active language; its jobs are the open jobs the API shows."""
    index = JobIndexPage.objects.live().filter(locale=active_locale()).order_by("path").first()
    if index is None:
        raise Http404
    return index


def page_url(request, number):
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


@api_view
def job_list(request):
    """The open jobs, searched, filtered, counted, sorted and paginated exactly like the job
    index page (6.3.2), 20 a page, with the counts of every filter option."""
    listing = job_listing(request, job_index().jobs())
    page = listing.page
    near = listing.near
    return json_response(
        {
            "count": listing.total,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "next": page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": (
                page_url(request, page.previous_page_number()) if page.has_previous() else None
            ),
            "query": listing.query,
            "near": coded(near.code, near.name) if near else None,
            "sort": listing.sort,
            "facets": [facet_data(facet) for facet in listing.facets],
            "results": [job_data(job, request) for job in page.object_list],
        }
    )


@api_view
def job_detail(request, pk):
    """One open job (6.3.1); a closed, draft or unknown job is 404."""
    job = (
        job_index()
        .jobs()
        .select_related("employer", "township__area", "occupation")
        .filter(pk=pk)
        .first()
    )
    if job is None:
        raise Http404
    near = chosen_township(request.GET.get("near"))
    if near:
        job.distance = distance_between(near, job.township)
    return json_response(job_detail_data(job, request))


@api_view
def openapi(request):
    return json_response(openapi_document(request))


@api_view
def not_found(request, path):
    return error(404, "not_found", _("There is nothing at this address."))

"""The OpenAPI 3.1 description of the jobs API, built per request from the lists the code uses.

The query parameters are the facets of `jobs.listing.job_facets` plus its keyword, township,
order and page, and every enum comes from the same choices as the models and the listing (the
districts and occupation groups from the database), so the document cannot drift from the
code. Its texts are in the language of `?lang=`, like the data.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from jobs.api.serializers import CURRENCY
from jobs.choices import ContractType, LanguageRequired, SkillRequired, WageUnit
from jobs.listing import PER_PAGE, Sort, job_facets
from regions.distance import Tier
from regions.models import Township
from search.service import MAX_QUERY_LENGTH

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"
# The views send it; kept here so that the document states what they send.
CACHE_CONTROL = "public, max-age=300"
SCHEMAS = "#/components/schemas/"


def ref(name):
    return {"$ref": f"{SCHEMAS}{name}"}


def string(values=()):
    """A string schema, with its allowed values if there are any."""
    values = [str(value) for value in values]
    return {"type": "string", "enum": values} if values else {"type": "string"}


def obj(properties):
    return {"type": "object", "properties": properties, "required": list(properties)}


def coded(values=()):
    return obj({"code": string(values), "name": string()})


def nullable(schema):
    return {**schema, "type": [schema["type"], "null"]}


def query(name, schema, description, **extra):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        **extra,
    }


def language_parameter():
    return query(
        "lang",
        {**string(code for code, _name in settings.LANGUAGES), "default": settings.LANGUAGE_CODE},
        _("Language of names and labels."),
    )


def near_parameter():
    return query(
        "near",
        string(Township.objects.values_list("code", flat=True)),
        _(
            "Code of the township where the worker lives: each job gets its distance, "
            "and the nearest jobs come first."
        ),
    )


def facet_parameter(facet):
    values = [value for value, _label in facet.get_choices()]
    if facet.multiple:
        return query(
            facet.name,
            {"type": "array", "items": string(values)},
            str(facet.label),
            style="form",
            explode=True,
        )
    return query(facet.name, string(values), str(facet.label))


def list_parameters(now=None):
    """Every query parameter that `job_listing` reads, and `lang`."""
    return [
        language_parameter(),
        query(
            "q",
            string(),
            _(
                "Words to look for in the title, employer, occupation, workplace and "
                "description. Longer text is cut to %(length)s characters."
            )
            % {"length": MAX_QUERY_LENGTH},
        ),
        near_parameter(),
        query(
            "sort",
            string(value for value, _label in Sort.CHOICES),
            _(
                "Order of the jobs. Nearest first needs near and is the default with it; "
                "otherwise newest first."
            ),
        ),
        query(
            "page",
            {"type": "integer", "minimum": 1, "default": 1},
            _(
                "Page number. A number past the last page gives the last page; anything else "
                "the first."
            ),
        ),
        *(facet_parameter(facet) for facet in job_facets(now or timezone.now())),
    ]


def job_properties():
    return {
        "id": {"type": "integer"},
        "url": {"type": "string", "format": "uri"},
        "title": string(),
        "employer": obj({"name": string(), "verified": {"type": "boolean"}}),
        "occupation": coded(),
        "skill_required": coded(SkillRequired.values),
        "headcount": {"type": "integer", "minimum": 1},
        "wage": obj(
            {
                "min": {"type": "integer"},
                "max": {"type": "integer"},
                "unit": string(WageUnit.values),
                "currency": {"const": CURRENCY},
            }
        ),
        "workplace": obj(
            {
                "township": coded(),
                "area": coded(),
                "latitude": {"type": "number"},
                "longitude": {"type": "number"},
            }
        ),
        "accommodation": {"type": "boolean"},
        "meals": {"type": "boolean"},
        "language_required": coded(LanguageRequired.values),
        "contract_type": coded(ContractType.values),
        "start_date": nullable({"type": "string", "format": "date"}),
        "closing_date": {"type": "string", "format": "date"},
        "date_posted": {"type": "string", "format": "date"},
        "distance": ref("Distance"),
    }


def job_schema(**more):
    """A job, with `more` properties; every property is there except the distance, which is
    there only when the client gave `near`. Written out rather than composed with allOf, so
    that each schema lists all its properties."""
    schema = obj({**job_properties(), **more})
    schema["required"].remove("distance")
    return schema


def schemas(now):
    return {
        "Job": job_schema(),
        "JobDetail": job_schema(
            summary=string(),
            working_hours=string(),
            description_html=string(),
            how_to_apply_html=string(),
        ),
        "Distance": obj(
            {
                "tier": {"type": "integer", "enum": Tier.values},
                "label": string(),
                "km": nullable({"type": "number"}),
            }
        ),
        "Option": obj(
            {
                "value": string(),
                "label": string(),
                "count": {"type": "integer", "minimum": 0},
                "selected": {"type": "boolean"},
            }
        ),
        "Facet": obj(
            {
                "name": string(facet.name for facet in job_facets(now)),
                "label": string(),
                "multiple": {"type": "boolean"},
                "options": {"type": "array", "items": ref("Option")},
            }
        ),
        "JobList": obj(
            {
                "count": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "pages": {"type": "integer", "minimum": 1},
                "next": nullable({"type": "string", "format": "uri"}),
                "previous": nullable({"type": "string", "format": "uri"}),
                "query": string(),
                "near": {"oneOf": [coded(), {"type": "null"}]},
                "sort": string(value for value, _label in Sort.CHOICES),
                "facets": {"type": "array", "items": ref("Facet")},
                "results": {"type": "array", "items": ref("Job"), "maxItems": PER_PAGE},
            }
        ),
        "Error": obj(
            {
                "error": obj(
                    {
                        "status": {"type": "integer"},
                        "code": string(
                            ["invalid_language", "invalid_query", "not_found", "method_not_allowed"]
                        ),
                        "message": string(),
                    }
                )
            }
        ),
    }


def json_content(schema_name):
    return {"application/json": {"schema": ref(schema_name)}}


def responses(ok_schema, ok_description, not_found=False):
    cached = {"Cache-Control": {"schema": {"const": CACHE_CONTROL}}}
    answers = {
        "200": {
            "description": ok_description,
            "headers": cached,
            "content": json_content(ok_schema),
        },
        "400": {
            "description": _("Unknown language, or a NUL character in the query string."),
            "content": json_content("Error"),
        },
        "405": {
            "description": _("Any method other than GET or HEAD."),
            "content": json_content("Error"),
        },
    }
    if not_found:
        answers["404"] = {
            "description": _("The job is closed, a draft, or unknown."),
            "content": json_content("Error"),
        }
    return answers


def openapi_document(request):
    now = timezone.now()
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": _("Open jobs in Lhasa"),
            "version": API_VERSION,
            "description": _(
                "Read-only. The same search, filters, counts and order as the job index: "
                "unknown filter values are ignored. Answers are JSON and may be cached for "
                "five minutes."
            ),
        },
        # The API's root, wherever portal/urls.py mounts it.
        "servers": [{"url": request.build_absolute_uri(reverse("api:openapi").rsplit("/", 1)[0])}],
        "paths": {
            "/jobs/": {
                "get": {
                    "operationId": "listJobs",
                    "summary": _("Open jobs, %(per_page)s a page, with the count of every filter")
                    % {"per_page": PER_PAGE},
                    "parameters": list_parameters(now),
                    "responses": responses("JobList", _("A page of open jobs.")),
                }
            },
            "/jobs/{id}/": {
                "get": {
                    "operationId": "getJob",
                    "summary": _("One open job"),
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "description": _("The id of the job, as in the list."),
                            "schema": {"type": "integer", "minimum": 1},
                        },
                        language_parameter(),
                        near_parameter(),
                    ],
                    "responses": responses("JobDetail", _("The job."), not_found=True),
                }
            },
        },
        "components": {"schemas": schemas(now)},
    }

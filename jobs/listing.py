"""Finding jobs (clause 6.3.2): the job index's keyword, filters, counts and order.

Everything is in the query string (`?q=电工&area=dazi&near=dazi-deqing&sort=near`), so a search
can be shared and works without JavaScript. The jobs come from `JobPage.objects.open()` only.
Sorting by distance puts the jobs of the worker's township first, then those of the same
district or county, the rest of Lhasa, the rest of Tibet, and outside Tibet (regions.distance).
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jobs.choices import LanguageRequired, WageUnit
from occupations.models import Occupation, ShortageEntry
from portal.listing import BucketFacet, Facet, Listing, build_listing
from portal.text import parse_query
from regions.distance import Tier, distance_km, tier, tier_expression
from regions.models import Area, Township
from search.backends import SearchUnavailable, mark_unavailable, use_elasticsearch
from search.backends.database import matching
from search.service import clean_query

PER_PAGE = 20
TOWNSHIP_CODE = re.compile(r"[a-z0-9-]{1,40}")

# A day's wage counts as a month of 21.75 paid days, as Chinese labour law reckons a month.
MONTHLY_WAGE = Case(
    When(wage_unit=WageUnit.MONTH, then=F("wage_max")),
    When(wage_unit=WageUnit.DAY, then=F("wage_max") * Value(2175) / Value(100)),
    default=None,
    output_field=IntegerField(),
)
WAGE_THRESHOLDS = [3000, 4000, 5000, 6000, 8000]
POSTED_WITHIN_DAYS = [1, 3, 7, 30]


class Sort:
    NEAR = "near"
    NEWEST = "newest"
    WAGE = "wage"
    CHOICES = [
        (NEAR, _("Nearest first")),
        (NEWEST, _("Newest first")),
        (WAGE, _("Highest wage first")),
    ]


def wage_bucket():
    whens = [
        When(monthly_wage__gte=threshold, then=Value(str(threshold)))
        for threshold in reversed(WAGE_THRESHOLDS)
    ]
    return Case(*whens, default=None)


def posted_bucket(now):
    whens = [
        When(first_published_at__gte=now - timedelta(days=days), then=Value(str(days)))
        for days in POSTED_WITHIN_DAYS
    ]
    return Case(*whens, default=None)


def speaks(language):
    """Jobs a worker who speaks `language` can do."""
    return Q(language_required__in=[LanguageRequired.EITHER, language])


def area_choices():
    return [(area.code, area.name) for area in Area.objects.all()]


def major_group_choices():
    groups = Occupation.objects.filter(level=Occupation.Level.MAJOR).order_by("code")
    return [(group.code, group.name) for group in groups]


def job_facets(now):
    shortage = ShortageEntry.objects.current().values("occupation_id")
    return [
        Facet("area", _("District or county"), "township__area__code", area_choices),
        BucketFacet(
            "group",
            _("Occupation group"),
            "",
            major_group_choices,
            filter=lambda code: Q(occupation__code__startswith=f"{code}-"),
            expression=Substr("occupation__code", 1, 1),
        ),
        BucketFacet(
            "wage",
            _("Monthly wage at least"),
            "",
            [(value, f"{value:,}") for value in WAGE_THRESHOLDS],
            filter=lambda value: Q(monthly_wage__gte=int(value)),
            expression=wage_bucket(),
            cumulative="up",
        ),
        Facet(
            "shortage",
            _("Shortage occupations"),
            "",
            [("yes", _("Only shortage occupations"))],
            multiple=True,
            filter=lambda value: Q(occupation_id__in=shortage),
        ),
        Facet(
            "accommodation",
            _("Accommodation"),
            "",
            [("yes", _("Accommodation provided"))],
            multiple=True,
            filter=lambda value: Q(accommodation=True),
        ),
        Facet(
            "meals",
            _("Meals"),
            "",
            [("yes", _("Meals provided"))],
            multiple=True,
            filter=lambda value: Q(meals=True),
        ),
        BucketFacet(
            "posted",
            _("Posted"),
            "",
            [(days, posted_label(days)) for days in POSTED_WITHIN_DAYS],
            filter=lambda days: Q(first_published_at__gte=now - timedelta(days=int(days))),
            expression=posted_bucket(now),
            cumulative="down",
        ),
        Facet(
            "language",
            _("Language I speak"),
            "",
            [(LanguageRequired.CHINESE, _("Chinese")), (LanguageRequired.TIBETAN, _("Tibetan"))],
            filter=speaks,
        ),
    ]


def posted_label(days):
    if days == 1:
        return _("In the last 24 hours")
    return _("In the last %(days)s days") % {"days": days}


@dataclass
class JobListing(Listing):
    query: str = ""
    near: object = None  # the worker's Township, if chosen
    sort: str = Sort.NEWEST  # the order of the results
    chosen_sort: str = ""  # the order the reader asked for; "" is nearest first, else newest
    sorts: list = None
    searched: bool = False

    @property
    def filtered(self):
        return super().filtered or bool(self.query)


def chosen_township(value):
    """The Township whose code is `value`, or None for an empty or unknown code."""
    if not TOWNSHIP_CODE.fullmatch(value or ""):
        return None
    return Township.objects.select_related("area").filter(code=value).first()


def job_listing(request, jobs, now=None):
    """Search, filter, count, sort and paginate `jobs` (open JobPages) by request.GET."""
    now = now or timezone.now()
    if use_elasticsearch():
        from jobs.search.engine import search_jobs

        try:
            return search_jobs(request, jobs, now)
        except SearchUnavailable as error:
            mark_unavailable(error, "job index")
    query_text = clean_query(request.GET.get("q", ""))
    near = chosen_township(request.GET.get("near"))
    jobs = jobs.annotate(monthly_wage=MONTHLY_WAGE)
    parsed = parse_query(query_text) if query_text else None
    if parsed:
        jobs = jobs.filter(matching(parsed, jobs.model))
    chosen_sort = request.GET.get("sort", "")
    chosen_sort = chosen_sort if chosen_sort in dict(Sort.CHOICES) else ""
    sort = chosen_sort or Sort.NEAR
    if sort == Sort.NEAR and not near:
        sort = Sort.NEWEST
    if near:
        jobs = jobs.annotate(tier=tier_expression(near))
    order = {
        Sort.NEAR: ["tier", "-first_published_at", "-pk"],
        Sort.NEWEST: ["-first_published_at", "-pk"],
        Sort.WAGE: [F("monthly_wage").desc(nulls_last=True), "-first_published_at", "-pk"],
    }[sort]
    jobs = jobs.select_related("employer", "township__area", "occupation").order_by(*order)
    # No job filter looks across a many-to-many relation, so the filters can apply directly.
    listing = build_listing(request, jobs, job_facets(now), per_page=PER_PAGE, many_to_many=False)
    listing.page.object_list = list(listing.page.object_list)
    if near:
        attach_distances(listing.page.object_list, near)
    return JobListing(
        page=listing.page,
        facets=listing.facets,
        chosen=listing.chosen,
        total=listing.total,
        query=query_text,
        near=near,
        sort=sort,
        chosen_sort=chosen_sort,
        sorts=Sort.CHOICES,
        searched=bool(parsed),
    )


@dataclass
class Distance:
    """How far a workplace is from where the worker lives: the tier, and the km as the crow
    flies between the townships' centres (None outside Lhasa)."""

    tier: int
    km: float | None

    @property
    def label(self):
        if self.tier == Tier.SAME_TOWNSHIP or self.km is None:
            return Tier(self.tier).label
        return _("%(tier)s, about %(km)s km") % {
            "tier": Tier(self.tier).label,
            "km": round(self.km),
        }


def distance_between(home, workplace):
    return Distance(tier=tier(home, workplace), km=distance_km(home, workplace))


def attach_distances(jobs, near):
    for job in jobs:
        job.distance = distance_between(near, job.township)

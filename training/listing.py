"""The filters of the course catalogue (portal.listing Facets).

Without a choice in the query string the catalogue shows only the courses open for enrolment
(`CoursePage.objects.open_for_enrolment()`); the "Any" option of that filter shows every course,
closed and not recommended ones included, each marked with its status.
"""

from dataclasses import dataclass, field, fields

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from occupations.models import Occupation
from portal.choices import District
from portal.listing import Facet, Listing, build_listing
from training.models import MAJOR_GROUP, EnrolmentStatus, Language, SkillLevel

TAUGHT_IN = [
    (Language.CHINESE, _("Taught in Chinese")),
    (Language.TIBETAN, _("Taught in Tibetan")),
]
COSTS = [("free", _("Free")), ("subsidy", _("Training subsidy available"))]
COST_FILTERS = {"free": Q(cost=0), "subsidy": Q(subsidy_eligible=True)}


@dataclass
class DefaultFacet(Facet):
    """A single-choice facet with `default` chosen while the query string does not name it.

    Choosing "Any" sends the parameter empty, which turns the default off; so every state of
    the list still has its own address.
    """

    default: str = ""

    def chosen(self, query):
        if self.name not in query:
            return [self.default]
        return super().chosen(query)


@dataclass
class CourseListing(Listing):
    """A Listing that counts as filtered only when the reader changed a default."""

    defaults: dict = field(default_factory=dict)

    @property
    def filtered(self):
        return any(values != self.defaults.get(name, []) for name, values in self.chosen.items())

    @property
    def showing_default(self):
        return all(self.chosen.get(name) == values for name, values in self.defaults.items())


def taught_in(language):
    """A course taught in both languages is taught in each of them."""
    return Q(language__in=[language, Language.BOTH])


def major_groups(courses):
    """The occupation major groups (大类) that courses of the catalogue train for."""

    found = []

    def choices():
        if not found:  # once per request, though the listing asks more than once
            groups = Occupation.objects.filter(pk__in=courses.order_by().values(MAJOR_GROUP))
            found.append([(group.pk, group.name) for group in groups])
        return found[0]

    return choices


def course_facets(courses):
    return [
        Facet("group", _("Occupation group"), MAJOR_GROUP, major_groups(courses)),
        Facet("district", _("District or county"), "district", District.choices),
        Facet("language", _("Language of instruction"), "", TAUGHT_IN, filter=taught_in),
        Facet("level", _("Skill level reached"), "skill_level", SkillLevel.choices),
        Facet("cost", _("Cost"), "", COSTS, multiple=True, filter=COST_FILTERS.get),
        DefaultFacet(
            "enrolment",
            _("Enrolment"),
            "enrolment_status",
            [(EnrolmentStatus.OPEN, EnrolmentStatus.OPEN.label)],
            default=EnrolmentStatus.OPEN,
        ),
    ]


def course_listing(request, courses):
    """Filter, count and paginate `courses` (annotated with_status()) by request.GET."""
    facets = course_facets(courses)
    listing = build_listing(request, courses, facets)
    defaults = {facet.name: [facet.default] for facet in facets if isinstance(facet, DefaultFacet)}
    return CourseListing(
        **{item.name: getattr(listing, item.name) for item in fields(Listing)}, defaults=defaults
    )

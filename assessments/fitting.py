"""What a self-assessment's interest areas point to: groups of the national occupational
classification (occupations.models.Occupation), and the open jobs and courses in them.

The table below is the service's own reading of Holland's areas against the 2022
classification, for the groups workers returning to Lhasa most often find work in; staff who
change it change this table. A code stands for its group and everything under it.

  R  realistic      6-29 construction, 6-30 transport and plant operators, 6-18 machining,
                    6-06 wood and furniture, 4-12 repair, 5-03 herding, 5-01 farming
  I  investigative  2 professional and technical staff, 5-05 farm and herd technical support
  A  artistic       6-09 crafts, arts and culture goods (thangka, carving, weaving, silver)
  S  social         4-10 services to residents (care, childminding), 4-03 hotels and catering
  E  enterprising   4-01 wholesale and retail, 4-07 leasing and business services (tourism)
  C  conventional   3 clerical staff, 4-02 transport, storage and postal services
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from jobs.models import JobPage
from occupations.models import Occupation
from portal.i18n import active_locale
from training.models import CoursePage

GROUPS = {
    "R": ["6-29", "6-30", "6-18", "6-06", "4-12", "5-03", "5-01"],
    "I": ["2", "5-05"],
    "A": ["6-09"],
    "S": ["4-10", "4-03"],
    "E": ["4-01", "4-07"],
    "C": ["3", "4-02"],
}
SHOWN = 6


def groups_for(areas):
    return [code for area in areas for code in GROUPS.get(area, [])]


def under(codes, field="code"):
    """Q for the nodes at or under any of `codes` (no match for no codes)."""
    if not codes:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{field: c}) | Q(**{f"{field}__startswith": f"{c}-"}) for c in codes))


def occupations_for(areas, limit=SHOWN * 2):
    """Occupations of the top areas, those of the first area first."""
    found = []
    for area in areas:
        for occupation in Occupation.objects.occupations().filter(under(GROUPS.get(area, []))):
            if occupation not in found:
                found.append(occupation)
    return found[:limit]


def jobs_for(areas, limit=SHOWN):
    codes = groups_for(areas)
    jobs = JobPage.objects.open().filter(locale=active_locale())
    return list(jobs.filter(under(codes, "occupation__code")).order_by("closing_date")[:limit])


def courses_for(areas, limit=SHOWN):
    codes = groups_for(areas)
    courses = CoursePage.objects.open_for_enrolment().filter(locale=active_locale())
    return list(courses.filter(under(codes, "occupation__code")).order_by("start_date")[:limit])

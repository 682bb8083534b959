"""How near a workplace is to a worker's home (clause 6.3.2: jobs near home, 就近就地, first).

Nearness is a tier, not kilometres: a job in the worker's own township comes first, then one in
the same district or county, then the rest of Lhasa, then the rest of Tibet, then outside
Tibet. Tiers follow the administrative map, which is how workers think of "near" (their
township and county offices), and they need no road data. `tier()` decides for two townships
in Python and `tier_expression()` in SQL, for sorting a queryset; the tests hold them equal.

The catch-all townships ("elsewhere in Tibet", "outside Tibet") are not places: a job there is
in tier 3 or 4 whoever looks, and a worker living there is "elsewhere" for every Lhasa job.
"""

from math import asin, cos, radians, sin, sqrt

from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from regions.models import Area

EARTH_RADIUS_KM = 6371.0


class Tier(models.IntegerChoices):
    SAME_TOWNSHIP = 0, _("same township")
    SAME_AREA = 1, _("same district or county")
    LHASA = 2, _("elsewhere in Lhasa")
    TIBET = 3, _("elsewhere in Tibet")
    OUTSIDE = 4, _("outside Tibet")


def tier(home, workplace):
    """The Tier of the township `workplace` seen from the township `home`; None without a home."""
    if home is None:
        return None
    if workplace.area.kind == Area.Kind.OUTSIDE:
        return Tier.OUTSIDE
    if workplace.area.kind == Area.Kind.TIBET:
        return Tier.TIBET
    if not home.area.in_lhasa:
        return Tier.LHASA
    if workplace.pk == home.pk:
        return Tier.SAME_TOWNSHIP
    if workplace.area_id == home.area_id:
        return Tier.SAME_AREA
    return Tier.LHASA


def tier_expression(home, field="township"):
    """`tier(home, row.<field>)` as an SQL expression, to annotate and order any queryset whose
    model has a foreign key `field` to Township; `field=None` rates the Townships themselves."""
    if home is None:
        return Value(None, output_field=IntegerField())
    township = f"{field}_id" if field else "pk"
    prefix = f"{field}__" if field else ""
    whens = [
        When(**{f"{prefix}area__kind": Area.Kind.OUTSIDE}, then=Value(Tier.OUTSIDE.value)),
        When(**{f"{prefix}area__kind": Area.Kind.TIBET}, then=Value(Tier.TIBET.value)),
    ]
    if home.area.in_lhasa:
        whens += [
            When(**{township: home.pk}, then=Value(Tier.SAME_TOWNSHIP.value)),
            When(**{f"{prefix}area_id": home.area_id}, then=Value(Tier.SAME_AREA.value)),
        ]
    return Case(*whens, default=Value(Tier.LHASA.value), output_field=IntegerField())


def distance_km(a, b):
    """The great-circle distance between two townships in kilometres, for "about 12 km"; None
    when either is missing or a catch-all, whose coordinates are not a place."""
    if a is None or b is None or not (a.area.in_lhasa and b.area.in_lhasa):
        return None
    lat1, lon1, lat2, lon2 = map(
        radians, map(float, (a.latitude, a.longitude, b.latitude, b.longitude))
    )
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(sqrt(h))

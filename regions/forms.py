"""Choosing a township: one list grouped by district or county, named in the active language.

Lhasa's areas come first in their usual order, the catch-alls ("elsewhere in Tibet", "outside
Tibet") last. Forms that save a Township use `TownshipChoiceField`; filters in a query string use
`township_choices()`, whose values are township codes (`?near=dazi-deqing`), so that a shared
link reads well and survives a re-import.
"""

from itertools import groupby
from operator import attrgetter

from django import forms
from django.db.models import Case, IntegerField, Value, When
from django.forms.models import ModelChoiceIterator

from regions.models import Area, Township

CATCH_ALLS_LAST = Case(
    When(area__kind__in=(Area.Kind.TIBET, Area.Kind.OUTSIDE), then=Value(1)),
    default=Value(0),
    output_field=IntegerField(),
)
ORDER = (CATCH_ALLS_LAST, "area__sort_order", "area__code", "sort_order", "code")


def in_order(townships):
    return townships.select_related("area").order_by(*ORDER)


def by_area(townships, choice):
    """[(area name, [choice(township), …]), …] for townships ordered by area."""
    return [
        (area.name, [choice(township) for township in group])
        for area, group in groupby(townships, key=attrgetter("area"))
    ]


def township_choices():
    """Grouped (code, name) choices of every township, read when called (pass the function
    itself as `choices`, so that each form shows the active language)."""
    return by_area(
        in_order(Township.objects.all()), lambda township: (township.code, township.name)
    )


class GroupedByArea(ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from by_area(in_order(self.queryset), self.choice)


class TownshipChoiceField(forms.ModelChoiceField):
    """A Township, chosen from the townships grouped by district or county."""

    iterator = GroupedByArea

    def __init__(self, queryset=None, **kwargs):
        super().__init__(Township.objects.all() if queryset is None else queryset, **kwargs)

    def label_from_instance(self, township):
        return township.name

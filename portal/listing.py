"""Filtered, counted and paginated listings that work without JavaScript.

A listing page (policies, case studies, courses, …) describes its filters as `Facet`s and calls
`build_listing(request, queryset, facets)`. Everything the reader chose is in the query string,
so a filtered list is a link that can be shared, bookmarked or opened on another phone. Each
option shows how many items it would give, counted with the reader's other choices applied, and
values that are not options are ignored rather than answered with an error.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.functional import cached_property

PER_PAGE = 12


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    """One filter: the GET parameter `name`, shown as `label`, matching `lookup` in `choices`.

    `choices` is a list of (value, label), or a callable returning one (evaluated per request,
    e.g. the categories editors keep). With `multiple`, several values may be chosen and an
    item matches any of them. A `filter` callable(value) → Q replaces `lookup=value`, for
    derived values such as "in force"; such facets are counted with one query per option.
    """

    name: str
    label: str
    lookup: str
    choices: object
    multiple: bool = False
    filter: object = None
    options: list = field(default_factory=list)
    selected_values: list = field(default_factory=list)
    _choices: list = field(default=None, init=False, repr=False)

    def get_choices(self):
        """The (value, label) options, looked up once: a facet lives for one request."""
        if self._choices is None:
            choices = self.choices() if callable(self.choices) else self.choices
            self._choices = [(str(value), str(label)) for value, label in choices]
        return self._choices

    def chosen(self, query):
        valid = {value for value, _ in self.get_choices()}
        values = query.getlist(self.name) if self.multiple else query.getlist(self.name)[:1]
        return [value for value in values if value in valid]

    def option_condition(self, value):
        return self.filter(value) if self.filter else Q(**{self.lookup: value})

    def condition(self, values):
        condition = Q()
        for value in values:
            condition |= self.option_condition(value)
        return condition

    def count(self, queryset):
        if self.filter:
            return {
                value: queryset.filter(self.filter(value)).count()
                for value, _ in self.get_choices()
            }
        rows = queryset.order_by().values(self.lookup).annotate(n=Count("pk", distinct=True))
        return {str(row[self.lookup]): row["n"] for row in rows}


@dataclass
class BucketFacet(Facet):
    """A facet over a value computed per item: `expression` puts each item in the bucket of one
    choice (or None), and the options are counted in one grouped query.

    With `cumulative` "up", an option also counts the buckets of the options after it ("wage at
    least 4000" counts the 5000 and 6000 buckets too); with "down", those before it ("posted
    within 7 days" counts the 1 and 3 day buckets). `filter(value)` is the option's condition.
    """

    expression: object = None
    cumulative: str = ""

    def count(self, queryset):
        rows = (
            queryset.order_by()
            .annotate(facet_bucket=self.expression)
            .values("facet_bucket")
            .annotate(n=Count("pk"))
        )
        buckets = {str(row["facet_bucket"]): row["n"] for row in rows}
        if not self.cumulative:
            return buckets
        values = [value for value, _ in self.get_choices()]
        return {
            value: sum(
                buckets.get(other, 0)
                for other in (values[i:] if self.cumulative == "up" else values[: i + 1])
            )
            for i, value in enumerate(values)
        }


@dataclass
class Listing:
    page: object
    facets: list
    chosen: dict
    total: int

    @property
    def filtered(self):
        return any(self.chosen.values())


def build_listing(request, queryset, facets, per_page=PER_PAGE, many_to_many=True):
    """Filter `queryset` by the facets chosen in request.GET, count options, paginate.

    With `many_to_many` False (no facet looks across a many-to-many relation, so no item can
    match twice) every count and the total come from one statement, and the filters apply
    without the subquery that keeps items unique: the database reads the matching items once
    per request rather than once per option."""
    chosen = {facet.name: facet.chosen(request.GET) for facet in facets}
    conditions = {facet.name: facet.condition(chosen[facet.name]) for facet in facets}
    everything = all_of(conditions.values())

    if many_to_many:
        counts = {
            facet.name: facet.count(unique(queryset, all_but(conditions, facet.name)))
            for facet in facets
        }
        total = None
    else:
        counts, total = counted_in_one_statement(queryset, facets, conditions)
    for facet in facets:
        facet.selected_values = chosen[facet.name]
        facet.options = [
            Option(value, label, counts[facet.name].get(value, 0), value in chosen[facet.name])
            for value, label in facet.get_choices()
        ]

    results = unique(queryset, everything) if many_to_many else queryset.filter(everything)
    paginator = CountedPaginator(results, per_page, count=total)
    page = paginator.get_page(request.GET.get("page"))
    return Listing(page=page, facets=facets, chosen=chosen, total=paginator.count)


def counted_in_one_statement(queryset, facets, conditions):
    """({facet name: {value: count}}, total): each option counts the items that match it and
    the reader's choices in the other facets; the total, those that match every choice."""
    aggregates = {"total": count_where(all_of(conditions.values()))}
    for number, facet in enumerate(facets):
        others = all_but(conditions, facet.name)
        for position, (value, _label) in enumerate(facet.get_choices()):
            aggregates[f"f{number}_{position}"] = count_where(
                others & facet.option_condition(value)
            )
    row = queryset.order_by().aggregate(**aggregates)
    counts = {
        facet.name: {
            value: row[f"f{number}_{position}"]
            for position, (value, _label) in enumerate(facet.get_choices())
        }
        for number, facet in enumerate(facets)
    }
    return counts, row["total"]


def count_where(condition):
    return Count("pk", filter=condition) if condition else Count("pk")


def all_of(conditions):
    combined = Q()
    for condition in conditions:
        combined &= condition
    return combined


def all_but(conditions, name):
    return all_of(condition for other, condition in conditions.items() if other != name)


def unique(queryset, condition):
    """`queryset` filtered by `condition`, each item once: conditions across a many-to-many
    relation could repeat an item that matches several chosen values."""
    if not condition:
        return queryset
    return queryset.filter(pk__in=queryset.filter(condition).values("pk"))


class CountedPaginator(Paginator):
    """A paginator that is told how many items there are when the listing counted them."""

    def __init__(self, object_list, per_page, count=None):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return super().count if self.known_count is None else self.known_count

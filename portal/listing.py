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

    def get_choices(self):
        choices = self.choices() if callable(self.choices) else self.choices
        return [(str(value), str(label)) for value, label in choices]

    def chosen(self, query):
        valid = {value for value, _ in self.get_choices()}
        values = query.getlist(self.name) if self.multiple else query.getlist(self.name)[:1]
        return [value for value in values if value in valid]

    def condition(self, values):
        condition = Q()
        for value in values:
            condition |= self.filter(value) if self.filter else Q(**{self.lookup: value})
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
    match twice) the filters apply directly, without the subquery that keeps items unique:
    the database then matches the listing's own conditions once per statement, not twice."""
    chosen = {facet.name: facet.chosen(request.GET) for facet in facets}
    conditions = {facet.name: facet.condition(chosen[facet.name]) for facet in facets}

    for facet in facets:
        others = Q()
        for name, condition in conditions.items():
            if name != facet.name:
                others &= condition
        narrowed = unique(queryset, others, many_to_many)
        counts = facet.count(narrowed)
        facet.selected_values = chosen[facet.name]
        facet.options = [
            Option(value, label, counts.get(value, 0), value in chosen[facet.name])
            for value, label in facet.get_choices()
        ]

    everything = Q()
    for condition in conditions.values():
        everything &= condition
    results = unique(queryset, everything, many_to_many)
    paginator = Paginator(results, per_page)
    page = paginator.get_page(request.GET.get("page"))
    return Listing(page=page, facets=facets, chosen=chosen, total=paginator.count)


def unique(queryset, condition, many_to_many):
    """`queryset` filtered by `condition`, each item once: through a subquery when conditions
    across a many-to-many relation could repeat an item that matches several chosen values."""
    if not condition:
        return queryset
    if many_to_many:
        return queryset.filter(pk__in=queryset.filter(condition).values("pk"))
    return queryset.filter(condition)

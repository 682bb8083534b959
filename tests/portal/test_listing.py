"""The shared listing: filters from the query string, counts per option, safe pagination."""

import pytest
from django.db.models import Q
from django.test import RequestFactory

from home.models import StandardPage
from portal.listing import Facet, build_listing

KINDS = [("guide", "指南"), ("service_process", "流程"), ("service_basis", "依据")]


@pytest.fixture
def pages(site):
    parent = site["disclosures"]
    for index in range(3):
        parent.add_child(
            instance=StandardPage(title=f"指南{index}", slug=f"g{index}", kind="guide")
        )
    parent.add_child(instance=StandardPage(title="依据", slug="basis", kind="service_basis"))
    return StandardPage.objects.child_of(parent).live()


def facets():
    return [
        Facet("kind", "类型", "kind", KINDS, multiple=True),
        Facet("titled", "标题", "", [("basis", "依据")], filter=lambda value: Q(title="依据")),
    ]


def listing_for(query, queryset, per_page=10):
    return build_listing(RequestFactory().get("/", query), queryset, facets(), per_page)


def options(listing, name):
    facet = next(facet for facet in listing.facets if facet.name == name)
    return {option.value: (option.count, option.selected) for option in facet.options}


@pytest.mark.django_db
def test_without_filters_everything_is_listed_with_counts_per_option(pages):
    listing = listing_for({}, pages)
    assert listing.total == 5
    assert not listing.filtered
    assert options(listing, "kind") == {
        "guide": (3, False),
        "service_process": (1, False),
        "service_basis": (1, False),
    }
    assert options(listing, "titled") == {"basis": (1, False)}


@pytest.mark.django_db
def test_chosen_values_filter_and_the_other_facets_count_within_them(pages):
    listing = listing_for({"kind": ["guide", "service_basis"]}, pages)
    assert listing.total == 4
    assert options(listing, "kind")["guide"] == (3, True)
    assert options(listing, "kind")["service_process"] == (1, False)
    assert options(listing, "titled") == {"basis": (1, False)}

    narrowed = listing_for({"kind": "guide", "titled": "basis"}, pages)
    assert narrowed.total == 0
    assert options(narrowed, "kind")["service_basis"] == (1, False)


@pytest.mark.django_db
def test_values_that_are_not_options_are_ignored(pages):
    listing = listing_for({"kind": ["<script>", "guide"], "titled": "x" * 500}, pages)
    assert listing.total == 3
    assert listing.chosen == {"kind": ["guide"], "titled": []}


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "number"), [("2", 2), ("999", 3), ("abc", 1), ("-1", 3)])
def test_any_page_number_gives_a_page(pages, page, number):
    listing = listing_for({"page": page}, pages, per_page=2)
    assert listing.page.number == number

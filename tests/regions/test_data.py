"""The shipped districts, counties and townships (issue 5, reference data for clause 6.3.2)."""

import pytest
from django.utils import translation

from occupations.models import HAN, TIBETAN_SCRIPT
from portal.choices import District
from regions.importing import LHASA_BOUNDS, SLUG, import_shipped
from regions.models import Area, Township


@pytest.mark.django_db
def test_the_migration_loads_lhasas_eight_areas_and_the_two_catch_alls():
    """6.3.2: every job and worker can be placed, in Lhasa or not."""
    areas = list(Area.objects.all())
    assert [area.code for area in areas] == [*District.values, "tibet", "outside"]
    assert [area.kind for area in areas[:3]] == [Area.Kind.DISTRICT] * 3
    assert [area.kind for area in areas[3:8]] == [Area.Kind.COUNTY] * 5
    assert [area.kind for area in areas[8:]] == [Area.Kind.TIBET, Area.Kind.OUTSIDE]


@pytest.mark.django_db
def test_every_lhasa_area_has_its_townships_and_each_catch_all_exactly_one():
    for area in Area.objects.prefetch_related("townships"):
        kinds = [township.kind for township in area.townships.all()]
        if area.in_lhasa:
            assert len(kinds) >= 3, area.code
            assert Township.Kind.OTHER not in kinds
        else:
            assert kinds == [Township.Kind.OTHER]
    assert 60 <= Township.objects.filter(area__kind__in=["district", "county"]).count() <= 75
    assert Township.objects.get(code="tibet-other").area.code == "tibet"
    assert Township.objects.get(code="outside-tibet").area.code == "outside"


@pytest.mark.django_db
def test_every_name_is_in_chinese_characters_and_in_tibetan_script():
    """Every public name exists in zh-Hans and bo."""
    for place in [*Area.objects.all(), *Township.objects.all()]:
        assert HAN.search(place.name_zh), place.code
        assert TIBETAN_SCRIPT.search(place.name_bo), place.code
        assert not HAN.search(place.name_bo), place.code


@pytest.mark.django_db
def test_the_tibetan_names_of_the_areas_are_those_the_portal_already_uses():
    with translation.override("bo"):
        for area in Area.objects.filter(kind__in=["district", "county"]):
            assert area.name_bo == str(District(area.code).label)


@pytest.mark.django_db
def test_codes_are_readable_slugs_under_their_area():
    for township in Township.objects.select_related("area"):
        assert SLUG.fullmatch(township.code)
        if township.area.in_lhasa:
            assert township.code.startswith(f"{township.area.code}-")


@pytest.mark.django_db
def test_lhasa_coordinates_lie_in_lhasa():
    (south, north), (west, east) = LHASA_BOUNDS["latitude"], LHASA_BOUNDS["longitude"]
    for place in [*Area.objects.all(), *Township.objects.select_related("area")]:
        area = place if isinstance(place, Area) else place.area
        if area.in_lhasa:
            assert south <= place.latitude <= north, place.code
            assert west <= place.longitude <= east, place.code


@pytest.mark.django_db
def test_loading_the_shipped_file_again_changes_nothing():
    result = import_shipped()
    assert (result.created, result.updated) == ([], [])
    assert result.unchanged == Area.objects.count() + Township.objects.count()

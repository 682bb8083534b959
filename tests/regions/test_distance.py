"""Nearness of a workplace to a worker's home (6.3.2: jobs near home, 就近就地, first)."""

import pytest

from jobs.models import Employer
from regions.distance import Tier, distance_km, tier, tier_expression
from regions.models import Township

HOMES = ["dazi-deqing", "chengguan-bakuo", "nimu-pusong", "tibet-other", "outside-tibet"]


def test_the_five_tiers_from_a_home_in_dazi(townships):
    home = townships["dazi-deqing"]
    assert tier(home, townships["dazi-deqing"]) == Tier.SAME_TOWNSHIP
    assert tier(home, townships["dazi-tajie"]) == Tier.SAME_AREA
    assert tier(home, townships["chengguan-bakuo"]) == Tier.LHASA
    assert tier(home, townships["tibet-other"]) == Tier.TIBET
    assert tier(home, townships["outside-tibet"]) == Tier.OUTSIDE
    assert [tier.value for tier in Tier] == [0, 1, 2, 3, 4]


def test_without_a_home_there_is_no_tier(townships):
    assert tier(None, townships["dazi-deqing"]) is None
    rated = Township.objects.annotate(tier=tier_expression(None, field=None))
    assert set(rated.values_list("tier", flat=True)) == {None}


def test_a_catch_all_is_not_a_place_so_it_is_never_the_same_township(townships):
    outside = townships["outside-tibet"]
    assert tier(outside, outside) == Tier.OUTSIDE
    assert tier(townships["tibet-other"], townships["tibet-other"]) == Tier.TIBET
    assert tier(outside, townships["dazi-deqing"]) == Tier.LHASA
    assert tier(outside, townships["dazi-tajie"]) == Tier.LHASA


@pytest.mark.parametrize("home_code", HOMES)
def test_the_sql_expression_agrees_with_tier_for_every_workplace(townships, home_code):
    home = townships[home_code]
    rated = Township.objects.select_related("area").annotate(tier=tier_expression(home, None))
    assert len(rated) == len(townships)
    for workplace in rated:
        assert workplace.tier == tier(home, workplace), workplace.code


def test_a_queryset_with_a_township_key_sorts_nearest_first(townships):
    """The job index sorts through JobPage.township the same way (jobs/listing.py)."""
    for number, code in enumerate(
        ["outside-tibet", "chengguan-bakuo", "dazi-tajie", "dazi-deqing"]
    ):
        Employer.objects.create(
            name=code,
            credit_code=f"91540100MA6T00000{number}",
            contact_person="卓玛",
            phone="13800000000",
            township=townships[code],
            address="示例地址",
        )
    nearest = Employer.objects.annotate(tier=tier_expression(townships["dazi-deqing"]))
    assert list(nearest.order_by("tier").values_list("name", "tier")) == [
        ("dazi-deqing", 0),
        ("dazi-tajie", 1),
        ("chengguan-bakuo", 2),
        ("outside-tibet", 4),
    ]


def test_distance_in_kilometres_as_the_crow_flies(townships):
    chengguan, dazi = townships["chengguan-bakuo"], townships["dazi-deqing"]
    assert 20 < distance_km(chengguan, dazi) < 30
    assert distance_km(dazi, chengguan) == pytest.approx(distance_km(chengguan, dazi))
    assert distance_km(dazi, dazi) == 0
    # About 140 km by road, about 97 km in a straight line.
    assert 85 < distance_km(chengguan, townships["nimu-tarong"]) < 110


def test_there_is_no_distance_to_a_catch_all_or_without_a_home(townships):
    dazi = townships["dazi-deqing"]
    assert distance_km(dazi, townships["outside-tibet"]) is None
    assert distance_km(townships["tibet-other"], dazi) is None
    assert distance_km(None, dazi) is None

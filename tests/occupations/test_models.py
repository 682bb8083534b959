"""The rules of the classification and of the shortage lists, in one place each (4.4.2(2))."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from occupations.models import (
    Occupation,
    ShortageEntry,
    ShortageList,
    ancestor_codes,
    is_valid_code,
    level_of,
    parent_code_of,
)
from portal.i18n import forget_locales
from tests.occupations.conftest import make_list


@pytest.mark.parametrize(
    ("code", "valid", "level", "parent"),
    [
        ("6", True, 1, None),
        ("6-29", True, 2, "6"),
        ("6-29-01", True, 3, "6-29"),
        ("6-29-01-01", True, 4, "6-29-01"),
        ("5-02-02-00", True, 4, "5-02-02"),
        ("0", False, None, None),
        ("9-01", False, None, None),
        ("6-2", False, None, None),
        ("6-29-01-01-01", False, None, None),
        ("6-29-", False, None, None),
        ("6_29", False, None, None),
        ("", False, None, None),
    ],
)
def test_a_code_gives_its_level_and_group(code, valid, level, parent):
    assert is_valid_code(code) is valid
    if valid:
        assert level_of(code) == level
        assert parent_code_of(code) == parent


def test_ancestor_codes_run_from_the_major_group_down():
    assert ancestor_codes("6-29-01-01") == ["6", "6-29", "6-29-01"]
    assert ancestor_codes("6") == []


@pytest.mark.django_db
def test_counts_of_occupations_and_shortage_occupations_under_each_node(shortage):
    """4.4.2(2): each group knows how many occupations it holds and how many of them are on the
    current shortage list; each occupation knows its demand."""
    nodes = {node.code: node for node in Occupation.objects.with_counts()}
    assert nodes["6"].occupation_count == Occupation.objects.occupations().below("6").count()
    assert nodes["6"].occupation_count > nodes["6-29"].occupation_count > 0
    # 电工 (6-31-01-03) and 焊工 (6-18-02-04) are on the current list; the Tibetan copy of the
    # list does not count twice.
    assert nodes["6"].shortage_count == 2
    assert nodes["6-31"].shortage_count == 1
    assert nodes["6-29"].shortage_count == 0
    assert nodes["4"].shortage_count == 0  # the driver is on the earlier list only
    assert nodes["6-31-01-03"].shortage_demand == "high"
    assert nodes["6-18-02-04"].shortage_demand == "medium"
    assert nodes["4-02-02-02"].shortage_demand is None
    assert nodes["4-03-02-01"].shortage_demand is None  # on the 2027 list, not yet in force
    assert nodes["6-31-01-03"].occupation_count == 0


@pytest.mark.django_db
def test_current_list_depends_on_the_period_and_the_publication_day(classification):
    """4.4.2(2): a list is current from the day it is published, within its period, both ends
    included."""
    shortage_list = make_list(
        "2026年目录",
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
        datetime.date(2026, 1, 15),
        [(classification["6-31-01-03"], "high", "")],
    )
    current = ShortageList.objects.current
    assert list(current(datetime.date(2026, 1, 14))) == []  # not yet published
    assert list(current(datetime.date(2026, 1, 15))) == [shortage_list]
    assert list(current(datetime.date(2026, 12, 31))) == [shortage_list]
    assert list(current(datetime.date(2027, 1, 1))) == []
    assert list(ShortageList.objects.earlier(datetime.date(2027, 1, 1))) == [shortage_list]
    assert shortage_list.is_current(datetime.date(2026, 6, 1))
    assert not shortage_list.is_current(datetime.date(2026, 1, 14))
    assert list(ShortageEntry.objects.current(datetime.date(2026, 6, 1))) == list(
        shortage_list.entries.all()
    )


@pytest.mark.django_db
def test_today_is_the_default_day(shortage):
    assert list(ShortageList.objects.current().localized()) == [shortage["current"]]
    assert list(ShortageList.objects.earlier().localized()) == [shortage["earlier"]]


@pytest.mark.django_db
def test_lists_are_shown_in_the_reader_language_or_else_in_chinese(shortage):
    """4.1.3: a Tibetan reader sees the Tibetan list, and the Chinese one where no Tibetan copy
    exists yet."""
    forget_locales()
    with translation.override("bo"):
        assert list(ShortageList.objects.current().localized()) == [shortage["bo_current"]]
        assert list(ShortageList.objects.earlier().localized()) == [shortage["earlier"]]
    forget_locales()
    with translation.override("zh-hans"):
        assert list(ShortageList.objects.current().localized()) == [shortage["current"]]


@pytest.mark.django_db
def test_a_shortage_entry_must_be_an_occupation_not_a_group(shortage, classification):
    entry = ShortageEntry(list=shortage["current"], occupation=classification["6-29"], note="")
    with pytest.raises(ValidationError) as raised:
        entry.full_clean()
    assert "occupation" in raised.value.message_dict


@pytest.mark.django_db
def test_a_period_cannot_end_before_it_starts(db):
    shortage_list = ShortageList(
        title="目录",
        issuer="人社局",
        period_start=datetime.date(2026, 12, 31),
        period_end=datetime.date(2026, 1, 1),
        published_on=datetime.date(2026, 1, 1),
    )
    with pytest.raises(ValidationError) as raised:
        shortage_list.full_clean()
    assert "period_end" in raised.value.message_dict


@pytest.mark.django_db
def test_an_occupation_edited_in_the_admin_takes_its_level_and_group_from_its_code(classification):
    occupation = Occupation(code="6-29-01-02", name_zh="石工", name_bo="རྡོ་བཟོ་བ།")
    occupation.full_clean(exclude=["level", "parent"])
    assert occupation.level == 4
    assert occupation.parent == classification["6-29-01"]

    for code, name_zh, name_bo, field in [
        ("6-29-1", "石工", "རྡོ་བཟོ་བ།", "code"),
        ("6-98-01", "其他", "གཞན།", "code"),
        ("6-29-01-02", "石工", "石工", "name_bo"),
        ("6-29-01-02", "shigong", "རྡོ་བཟོ་བ།", "name_zh"),
    ]:
        with pytest.raises(ValidationError) as raised:
            Occupation(code=code, name_zh=name_zh, name_bo=name_bo).full_clean(
                exclude=["level", "parent"]
            )
        assert field in raised.value.message_dict, code


@pytest.mark.django_db
def test_the_name_follows_the_reader_language(classification):
    electrician = classification["6-31-01-03"]
    with translation.override("bo"):
        assert electrician.name == electrician.name_bo
    with translation.override("zh-hans"):
        assert electrician.name == "电工"

"""Fixtures of the occupation tests: the shipped classification, a browser page in both languages
and shortage lists, all made through the real models and the real import function."""

import datetime

import pytest

from occupations.importing import import_shipped
from occupations.models import Occupation, OccupationBrowserPage, ShortageEntry, ShortageList
from tests.conftest import translate

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture
def classification(db):
    """The reference data of occupations/data/occupations.csv."""
    import_shipped()
    return {occupation.code: occupation for occupation in Occupation.objects.all()}


@pytest.fixture
def browser(site, tibetan, classification):
    """The occupation browser at /occupations/ and /bo/occupations/."""
    page = site["home"].add_child(
        instance=OccupationBrowserPage(
            title="国家职业分类与紧缺工种", slug="occupations", summary="按职业分类大典查职业。"
        )
    )
    bo_page = translate(page, tibetan, title="ལས་རིགས་དབྱེ་སྡེ།")
    return {"zh": page, "bo": bo_page}


def make_list(title, start, end, published, entries, **fields):
    shortage_list = ShortageList(
        title=title,
        issuer="拉萨市人力资源和社会保障局",
        period_start=start,
        period_end=end,
        published_on=published,
        **fields,
    )
    shortage_list.save()
    for number, (occupation, demand, note) in enumerate(entries):
        ShortageEntry.objects.create(
            list=shortage_list, occupation=occupation, demand=demand, note=note, sort_order=number
        )
    return shortage_list


def translate_list(shortage_list, tibetan, title, notes=None):
    """The Tibetan copy of a list, with its entries, as wagtail-localize would make it."""
    copy = shortage_list.copy_for_translation(tibetan)
    copy.title = title
    copy.save()
    for entry in copy.entries.all():
        if notes and entry.occupation.code in notes:
            entry.note = notes[entry.occupation.code]
            entry.save()
    return copy


@pytest.fixture
def shortage(classification, tibetan, monkeypatch):
    """A 2026 list in force on TODAY (electrician: high, welder: medium), an earlier 2025 list
    (road freight driver) and a list published for 2027, not yet in force."""
    monkeypatch.setattr("occupations.models.today", lambda: TODAY)
    current = make_list(
        "2026年拉萨市紧缺工种目录",
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
        datetime.date(2026, 1, 15),
        [
            (classification["6-31-01-03"], "high", "需持电工证。"),
            (classification["6-18-02-04"], "medium", "钢结构厂招聘。"),
        ],
    )
    bo_current = translate_list(
        current,
        tibetan,
        "2026ལོའི་ལྷ་སའི་ཁ་སྐོང་དགོས་པའི་ལས་རིགས་ཐོ་གཞུང་།",
        notes={"6-31-01-03": "གློག་བཟོ་བའི་ལག་ཁྱེར་དགོས།"},
    )
    earlier = make_list(
        "2025年拉萨市紧缺工种目录",
        datetime.date(2025, 1, 1),
        datetime.date(2025, 12, 31),
        datetime.date(2025, 1, 10),
        [(classification["4-02-02-02"], "high", "")],
    )
    future = make_list(
        "2027年拉萨市紧缺工种目录",
        datetime.date(2027, 1, 1),
        datetime.date(2027, 12, 31),
        datetime.date(2026, 5, 20),
        [(classification["4-03-02-01"], "high", "")],
    )
    return {"current": current, "bo_current": bo_current, "earlier": earlier, "future": future}

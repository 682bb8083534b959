"""The demo content of the resource library and the classification, through the real
`load_demo_content` command (4.4.2(2)–(5))."""

import datetime

import pytest

from occupations.models import Occupation, OccupationBrowserPage, ShortageList
from resources.models import ResourceIndexPage, ResourcePage


@pytest.mark.django_db
def test_the_demo_library_has_every_kind_in_both_languages(client, demo_database):
    """4.4.2(3)–(5): a job-demand report marked as an example, handbooks with files, readings and
    a video course with its transcript, each published in Chinese and Tibetan."""
    for language in ("zh-hans", "bo"):
        index = ResourceIndexPage.objects.live().get(locale__language_code=language)
        resources = ResourcePage.objects.child_of(index).live()
        assert resources.count() >= 5, language
        assert {"report", "handbook", "reading", "video"} <= set(
            resources.values_list("kind", flat=True)
        )
        assert resources.filter(kind="handbook").count() >= 2
        assert client.get(index.url).status_code == 200
        for page in resources:
            assert client.get(page.url).status_code == 200, page.url
        assert OccupationBrowserPage.objects.live().child_of(index).count() == 1

    chinese = ResourcePage.objects.filter(locale__language_code="zh-hans")
    assert "示例" in chinese.get(kind="report").title
    video = chinese.get(kind="video")
    assert video.transcript and video.video is None
    for handbook in chinese.filter(kind="handbook"):
        files = handbook.downloads()
        assert [item["extension"] for item in files] == ["PDF", "TXT"]
        assert all(item["size"] for item in files)
        with files[0]["document"].file.open("rb") as pdf:
            assert pdf.read(8) == b"%PDF-1.4"


@pytest.mark.django_db
def test_the_demo_loads_the_classification_and_a_2026_shortage_list(client, demo_database):
    """4.4.2(2): the reference data is there after `load_demo_content` (so on every fresh
    install), with a 2026 Lhasa shortage list of about ten occupations in both languages."""
    assert Occupation.objects.filter(level=1).count() == 8
    assert Occupation.objects.occupations().count() >= 80
    lists = ShortageList.objects.current(datetime.date(2026, 6, 1))
    assert {item.locale.language_code for item in lists} == {"zh-hans", "bo"}
    for shortage_list in lists:
        entries = shortage_list.entries.all()
        assert 8 <= entries.count() <= 12
        assert all(entry.occupation.level == 4 for entry in entries)
    assert "示例" in lists.get(locale__language_code="zh-hans").title

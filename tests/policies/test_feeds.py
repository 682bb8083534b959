"""RSS and Atom feeds of new policies, one pair per language (4.4.2(1)): valid XML, newest
first, only published policies, items in the feed's language; advertised on the library page."""

import re

import pytest
from defusedxml.ElementTree import fromstring

from policies.models import PolicyPage

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = {
    ("zh-hans", "rss"): "/policies/feed/rss/",
    ("zh-hans", "atom"): "/policies/feed/atom/",
    ("bo", "rss"): "/bo/policies/feed/rss/",
    ("bo", "atom"): "/bo/policies/feed/atom/",
}
TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
HAN = re.compile(r"[\u4E00-\u9FFF]")


def feed(client, language, kind):
    response = client.get(FEEDS[(language, kind)])
    assert response.status_code == 200
    expected_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected_type)
    root = fromstring(response.content)
    if kind == "rss":
        assert root.tag == "rss"
        channel = root.find("channel")
        items = [
            {
                "title": item.findtext("title"),
                "link": item.findtext("link"),
                "description": item.findtext("description"),
                "categories": [c.text for c in item.findall("category")],
            }
            for item in channel.findall("item")
        ]
        return channel.findtext("title"), channel.findtext("language"), items
    assert root.tag == f"{ATOM}feed"
    items = [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "description": entry.findtext(f"{ATOM}summary"),
            "categories": [c.get("term") for c in entry.findall(f"{ATOM}category")],
        }
        for entry in root.findall(f"{ATOM}entry")
    ]
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return root.findtext(f"{ATOM}title"), language, items


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_chinese_feed_lists_published_policies_newest_first(client, policies, kind):
    """4.4.2(1): the newest policies as a feed: well-formed XML, newest issue first."""
    title, language, items = feed(client, "zh-hans", kind)
    assert title == "政策库"
    assert language == "zh-Hans"
    expected = ["startup", "lifelong", "youth", "transfer"]
    assert [item["link"] for item in items] == [
        f"http://testserver{policies[key].url}" for key in expected
    ]
    assert [item["title"] for item in items] == [policies[key].title for key in expected]
    first = items[1]
    assert "国发〔2018〕11号" in first["description"]
    assert "现行有效" in first["description"]
    assert first["categories"] == ["培训补贴"]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_tibetan_feed_items_are_in_tibetan(client, policies, tibetan, kind):
    """4.1.3: the Tibetan library's feeds list its Tibetan pages, described in Tibetan."""
    title, language, items = feed(client, "bo", kind)
    assert title == "སྲིད་ཇུས་མཛོད།"
    assert language == "bo"
    assert len(items) == 4
    for item in items:
        assert "/bo/" in item["link"]
        assert TIBETAN.search(item["title"]) and not HAN.search(item["title"]), item["title"]
    lifelong = policies["lifelong"].get_translation(tibetan)
    assert items[1]["title"] == lifelong.title
    assert "ད་ལྟ་ནུས་ལྡན།" in items[1]["description"]
    assert "ནུས་མེད་དུ་གྱུར་ཟིན།" in items[2]["description"]
    assert items[1]["categories"] == ["སྦྱོང་བརྡར་ཕན་སྐྱོར།"]


@pytest.mark.django_db
def test_feeds_leave_out_unpublished_policies_and_those_of_other_libraries(
    client, policies, tibetan
):
    PolicyPage.objects.get(pk=policies["youth"].pk).unpublish()
    draft = policies["transfer"]
    draft.title = "草稿中的新标题"
    draft.save_revision()  # a draft, not published
    _, _, items = feed(client, "zh-hans", "rss")
    titles = [item["title"] for item in items]
    assert policies["youth"].title not in titles
    assert "草稿中的新标题" not in titles
    assert len(titles) == 3
    _, _, tibetan_items = feed(client, "bo", "atom")
    assert len(tibetan_items) == 4  # the Tibetan translation of "youth" is still published


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_library_page_advertises_its_feeds(client, policies, language):
    prefix = "" if language == "zh-hans" else "/bo"
    html = client.get(f"{prefix}/policies/").content.decode()
    head = html[: html.index("</head>")]
    assert re.search(
        rf'<link rel="alternate" type="application/rss\+xml" title="[^"]+" '
        rf'href="{prefix}/policies/feed/rss/">',
        head,
    )
    assert re.search(
        rf'<link rel="alternate" type="application/atom\+xml" title="[^"]+" '
        rf'href="{prefix}/policies/feed/atom/">',
        head,
    )
    assert f'<a href="{prefix}/policies/feed/rss/">' in html


@pytest.mark.django_db
def test_an_empty_library_has_valid_empty_feeds(client, library):
    for kind in ("rss", "atom"):
        _, _, items = feed(client, "zh-hans", kind)
        assert items == []


@pytest.mark.django_db
def test_feed_text_is_escaped(client, policies):
    page = PolicyPage.objects.get(pk=policies["lifelong"].pk)
    page.title = "<b>标题</b> & </title>"
    page.save_revision().publish()
    response = client.get(FEEDS[("zh-hans", "rss")])
    fromstring(response.content)  # still well-formed
    _, _, items = feed(client, "zh-hans", "rss")
    assert items[1]["title"] == "<b>标题</b> & </title>"

"""The RSS feed of new jobs, one per language (6.3.1: jobs are collected, reviewed and
published regularly): valid RSS, newest first, only open jobs, in the index's language; a job
leaves the feed on the day after its closing date with no scheduled task running."""

import re
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from defusedxml.ElementTree import fromstring

from jobs.models import JobPage
from portal.dates import lhasa_today
from tests.jobs.api_fixtures import build_board

FEEDS = {"zh-hans": "/jobs/feed/", "bo": "/bo/jobs/feed/"}
NEWEST_FIRST = ["tajie", "dazi", "tibet", "bakuo", "last_day", "outside"]
TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
HAN = re.compile(r"[\u4E00-\u9FFF]")


@pytest.fixture
def board(job_index, employer, occupation, tibetan):
    return build_board(job_index, employer, occupation, tibetan)


def feed(client, language):
    response = client.get(FEEDS[language])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = fromstring(response.content).find("channel")
    items = [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "description": item.findtext("description"),
            "guid": item.findtext("guid"),
            "permalink": item.find("guid").get("isPermaLink"),
            "pubDate": item.findtext("pubDate"),
        }
        for item in channel.findall("item")
    ]
    return channel, items


@pytest.mark.django_db
def test_chinese_feed_lists_open_jobs_newest_first(client, board):
    """6.3.1: the newest open jobs of the Chinese index, newest publication first, in Chinese."""
    zh, _bo = board
    channel, items = feed(client, "zh-hans")
    assert channel.findtext("language") == "zh-Hans"
    assert channel.findtext("title") == "招聘岗位"
    assert [item["link"] for item in items] == [
        f"http://testserver/jobs/{key}/" for key in NEWEST_FIRST
    ]
    assert [item["title"] for item in items] == [zh[key].title for key in NEWEST_FIRST]
    dazi = items[1]["description"]
    assert "拉萨市达孜区雪域建筑工程有限公司" in dazi
    assert "工作地点: 达孜区 德庆镇" in dazi
    assert f"报名截止: {(lhasa_today() + timedelta(days=30)).isoformat()}" in dazi
    assert "5000–6500" in dazi
    assert not TIBETAN.search(dazi)


@pytest.mark.django_db
def test_tibetan_feed_lists_the_tibetan_pages_described_in_tibetan(client, board):
    """4.1.3 and 6.3.1: the Tibetan index's feed has the Tibetan titles, employer and place
    names, and the language tag bo."""
    _zh, bo = board
    channel, items = feed(client, "bo")
    assert channel.findtext("language") == "bo"
    assert channel.findtext("title") == "ལས་གནས།"
    assert [item["title"] for item in items] == [bo[key].title for key in NEWEST_FIRST]
    for item in items:
        assert item["link"].startswith("http://testserver/bo/jobs/")
        assert TIBETAN.search(item["title"]) and not HAN.search(item["title"])
    dazi = items[1]["description"]
    assert "ལྷ་ས་སྟག་རྩེ་ཆུས་གངས་ཅན་འཛུགས་སྐྲུན་ཚད་ཡོད་ཀུང་སི།" in dazi
    assert "ལས་ཀའི་ས་གནས།: སྟག་རྩེ་ཆུས། བདེ་ཆེན་གྲོང་རྡལ།" in dazi
    assert "ཞུ་ཡིག་སྤྲོད་མཚམས།: " in dazi
    assert not HAN.search(dazi), dazi


@pytest.mark.django_db
def test_the_feed_has_the_index_language_whatever_the_request_language(rf, board, job_index):
    """The feed switches to its index's language itself, whatever language is active when its
    route is reached (here Chinese, the default)."""
    response = job_index["bo"].feed(rf.get("/bo/jobs/feed/"))
    channel = fromstring(response.content).find("channel")
    assert channel.findtext("language") == "bo"
    description = channel.find("item").findtext("description")
    assert "ལས་ཀའི་ས་གནས།" in description and not HAN.search(description)


@pytest.mark.django_db
def test_feed_leaves_out_jobs_that_are_not_open(client, board):
    """6.3.1: closed yesterday, drafts, withdrawn and expired jobs are not in the feed; a job
    whose closing date is today still is."""
    _channel, items = feed(client, "zh-hans")
    links = {item["link"] for item in items}
    for key in ("expired", "draft", "withdrawn", "stopped"):
        assert f"http://testserver/jobs/{key}/" not in links
    assert "http://testserver/jobs/last_day/" in links


@pytest.mark.django_db
def test_a_job_leaves_the_feed_the_day_after_its_closing_date(client, board, monkeypatch):
    """6.3.1: no task runs; the next day in Lhasa the job closing today is gone from both
    feeds, because the feed asks for the open jobs on the day it is read."""
    tomorrow = lhasa_today() + timedelta(days=1)
    monkeypatch.setattr("jobs.models.postings.lhasa_today", lambda now=None: tomorrow)
    for language in FEEDS:
        _channel, items = feed(client, language)
        assert len(items) == len(NEWEST_FIRST) - 1
        assert not any("/last_day/" in item["link"] for item in items)


@pytest.mark.django_db
def test_guid_is_stable_and_pubdate_is_the_first_publication(client, board):
    """A reader's feed program must not show an edited job as new: the guid survives a new
    title and slug, and the date is the first publication, not the latest."""
    zh, bo = board
    _channel, before = feed(client, "zh-hans")
    job = JobPage.objects.get(pk=zh["dazi"].pk)
    job.title = "达孜区德庆镇招聘电工（急聘）"
    job.slug = "dazi-urgent"
    job.save_revision().publish()
    _channel, after = feed(client, "zh-hans")
    assert after[1]["title"] == "达孜区德庆镇招聘电工（急聘）"
    assert after[1]["guid"] == before[1]["guid"]
    assert after[1]["pubDate"] == before[1]["pubDate"]
    assert after[1]["permalink"] == "false"
    published = zh["dazi"].first_published_at.replace(microsecond=0)
    assert parsedate_to_datetime(after[1]["pubDate"]) == published
    _channel, tibetan = feed(client, "bo")
    assert tibetan[1]["guid"] != after[1]["guid"]
    assert len({item["guid"] for item in after}) == len(after)


@pytest.mark.django_db
def test_feed_keeps_the_newest(client, board, monkeypatch):
    monkeypatch.setattr("jobs.feeds.FEED_SIZE", 2)
    _channel, items = feed(client, "zh-hans")
    assert [item["link"] for item in items] == [
        f"http://testserver/jobs/{key}/" for key in NEWEST_FIRST[:2]
    ]

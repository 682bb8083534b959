"""Finding jobs on the job index (clauses 6.3.1 and 6.3.2): only open jobs, a keyword, every filter
with its counts, nearest first from the worker's township, pagination, both languages.

The jobs are the board of tests/jobs/api_fixtures.py (see its table).
"""

from datetime import timedelta
from urllib.parse import urlencode

import pytest

from jobs.listing import PER_PAGE
from jobs.models import JobPage
from portal.dates import lhasa_today
from tests.jobs.api_fixtures import build_board, make_job

pytestmark = pytest.mark.django_db

NEWEST_FIRST = ["tajie", "dazi", "tibet", "bakuo", "last_day", "outside"]


@pytest.fixture
def board(job_index, employer, occupation, tibetan):
    return build_board(job_index, employer, occupation, tibetan)


def listing(client, path="/jobs/", **params):
    response = client.get(f"{path}?{urlencode(params, doseq=True)}")
    assert response.status_code == 200
    return response.context["listing"], response.content.decode()


def keys(board, jobs, language="zh"):
    by_pk = {page.pk: key for key, page in board[0 if language == "zh" else 1].items()}
    return [by_pk[job.pk] for job in jobs]


def counts(found, facet_name):
    facet = next(facet for facet in found.facets if facet.name == facet_name)
    return {option.value: option.count for option in facet.options}


def nonzero(option_counts):
    return {value: count for value, count in option_counts.items() if count}


def test_only_open_jobs_are_listed_newest_first(client, board):
    """6.3.1: drafts, unpublished, expired and stopped postings are not shown."""
    found, html = listing(client)
    assert keys(board, found.page.object_list) == NEWEST_FIRST
    assert found.total == 6
    for closed in ("昨天截止的电工", "草稿电工", "已撤下的电工", "已到期的电工"):
        assert closed not in html


def test_the_open_rule_at_the_boundary_days(board):
    """A job is open through its closing day in Lhasa, and not a day longer."""
    today = lhasa_today()
    last_day = board[0]["last_day"]
    assert JobPage.objects.open(on=today).filter(pk=last_day.pk).exists()
    assert not JobPage.objects.open(on=today + timedelta(days=1)).filter(pk=last_day.pk).exists()
    expired = board[0]["expired"]
    assert JobPage.objects.open(on=today - timedelta(days=1)).filter(pk=expired.pk).exists()
    assert not JobPage.objects.open(on=today).filter(pk=expired.pk).exists()


def test_a_job_closes_at_midnight_in_lhasa_not_in_utc(board):
    from datetime import UTC, datetime, time

    last_day = board[0]["last_day"]
    closing = last_day.closing_date
    before_midnight = datetime.combine(closing, time(15, 59), tzinfo=UTC)  # 23:59 in Lhasa
    midnight = datetime.combine(closing, time(16, 0), tzinfo=UTC)  # 00:00 the next day
    assert JobPage.objects.open(now=before_midnight).filter(pk=last_day.pk).exists()
    assert not JobPage.objects.open(now=midnight).filter(pk=last_day.pk).exists()


def test_wagtails_expiry_time_also_closes_a_job(board):
    assert not JobPage.objects.open().filter(pk=board[0]["stopped"].pk).exists()


def test_an_expired_job_leaves_the_listing_feed_and_api_the_next_day(client, board, monkeypatch):
    """Without any scheduled task: tomorrow, the job that closes today is gone everywhere."""
    title = board[0]["last_day"].title
    surfaces = ["/jobs/", "/jobs/feed/", "/api/v1/jobs/?sort=newest"]
    for url in surfaces:
        assert title in client.get(url).content.decode(), url
    tomorrow = lhasa_today() + timedelta(days=1)
    monkeypatch.setattr("jobs.models.postings.lhasa_today", lambda now=None: tomorrow)
    for url in surfaces:
        response = client.get(url)
        assert response.status_code == 200, url
        assert title not in response.content.decode(), url


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"area": "dazi"}, ["tajie", "dazi"]),
        ({"area": "chengguan"}, ["bakuo", "last_day"]),
        ({"group": "6"}, ["dazi", "tibet", "bakuo"]),
        ({"group": "4"}, ["tajie", "last_day", "outside"]),
        ({"wage": "5000"}, ["dazi", "bakuo", "outside"]),
        ({"wage": "8000"}, ["outside"]),
        ({"shortage": "yes"}, ["dazi", "tibet", "bakuo"]),
        ({"accommodation": "yes"}, ["tajie", "dazi", "outside"]),
        ({"meals": "yes"}, ["dazi", "bakuo", "outside"]),
        ({"accommodation": "yes", "meals": "yes"}, ["dazi", "outside"]),
        ({"posted": "3"}, ["tajie", "dazi"]),
        ({"posted": "30"}, ["tajie", "dazi", "tibet", "bakuo", "last_day"]),
        ({"language": "bo"}, ["tajie", "dazi", "tibet", "last_day"]),
        ({"language": "zh"}, ["tajie", "tibet", "bakuo", "last_day", "outside"]),
        ({"area": "dazi", "group": "6"}, ["dazi"]),
    ],
)
def test_each_filter_narrows_the_list(client, board, params, expected):
    found, _ = listing(client, **params)
    assert keys(board, found.page.object_list) == expected
    assert found.total == len(expected)


def test_each_option_counts_what_it_would_show(client, board):
    """Counts are taken with the reader's other choices applied, so they never promise
    jobs that are not there."""
    found, _ = listing(client)
    assert nonzero(counts(found, "area")) == {"chengguan": 2, "dazi": 2, "tibet": 1, "outside": 1}
    assert nonzero(counts(found, "group")) == {"4": 3, "6": 3}
    # A day's wage counts as 21.75 days: 350 a day is 7,612 a month. Piece rates are not counted.
    assert counts(found, "wage") == {"3000": 5, "4000": 4, "5000": 3, "6000": 3, "8000": 1}
    assert counts(found, "shortage") == {"yes": 3}
    assert counts(found, "accommodation") == {"yes": 3}
    assert counts(found, "meals") == {"yes": 3}
    assert counts(found, "posted") == {"1": 1, "3": 2, "7": 3, "30": 5}
    assert counts(found, "language") == {"zh": 5, "bo": 4}

    narrowed, _ = listing(client, area="dazi")
    assert counts(narrowed, "group")["6"] == 1 and counts(narrowed, "group")["4"] == 1
    assert counts(narrowed, "area")["chengguan"] == 2  # its own choice does not narrow it
    assert counts(narrowed, "wage") == {"3000": 2, "4000": 2, "5000": 1, "6000": 1, "8000": 0}


def test_a_worker_in_dazi_sees_jobs_nearest_first(client, board):
    """6.3.2 就近就地: own township, own district, the rest of Lhasa, Tibet, outside Tibet."""
    found, html = listing(client, near="dazi-deqing")
    assert found.sort == "near"
    assert keys(board, found.page.object_list) == [
        "dazi",
        "tajie",
        "bakuo",
        "last_day",
        "tibet",
        "outside",
    ]
    tiers = [job.distance.tier for job in found.page.object_list]
    assert tiers == [0, 1, 2, 2, 3, 4]
    assert "同一乡镇" in html or "same township" in html
    assert 'href="/jobs/dazi/?near=dazi-deqing"' in html


def test_other_orders(client, board):
    by_wage, _ = listing(client, sort="wage")
    assert keys(board, by_wage.page.object_list) == [
        "outside",
        "bakuo",
        "dazi",
        "tajie",
        "last_day",
        "tibet",
    ]
    unknown, _ = listing(client, sort="near")  # no township chosen: newest first
    assert unknown.sort == "newest"
    assert keys(board, unknown.page.object_list) == NEWEST_FIRST


def test_a_keyword_finds_chinese_words_and_combines_with_filters(client, board):
    found, _ = listing(client, q="电工")
    assert sorted(keys(board, found.page.object_list)) == ["bakuo", "dazi", "tibet"]
    assert counts(found, "area")["chengguan"] == 1
    narrowed, _ = listing(client, q="电工", area="chengguan")
    assert keys(board, narrowed.page.object_list) == ["bakuo"]
    nothing, html = listing(client, q="飞行员")
    assert nothing.total == 0
    assert "没有符合" in html or "No open job matches" in html


def test_a_word_of_the_other_language_finds_nothing(client, board):
    """4.1.3: a Chinese job page is not found by the Tibetan name of its occupation or place,
    nor a Tibetan page by the Chinese one."""
    assert listing(client, q="གློག་བཟོ")[0].total == 0
    assert listing(client, "/bo/jobs/", q="电工")[0].total == 0
    # The occupation's name is found in the page's own language only.
    assert listing(client, q="中式烹调师")[0].total == 3
    assert listing(client, "/bo/jobs/", q="ཀྲུང་གོའི་ལུགས")[0].total == 3
    assert listing(client, q="ཀྲུང་གོའི་ལུགས")[0].total == 0


def test_the_tibetan_index_lists_tibetan_jobs_in_tibetan(client, board):
    found, html = listing(client, "/bo/jobs/", near="dazi-deqing", q="གློག་བཟོ")
    assert keys(board, found.page.object_list, "bo") == ["dazi", "bakuo", "tibet"]
    assert '<html lang="bo"' in html
    assert "སྟག་རྩེ་ཆུས" in html  # the district's name
    assert "达孜区" not in html


def test_the_listing_is_paginated_and_the_page_keeps_the_filters(
    client, job_index, employer, occupation
):
    for number in range(PER_PAGE + 3):
        make_job(
            job_index["zh"],
            f"job-{number}",
            title=f"电工 {number}",
            employer=employer,
            occupation=occupation,
            township="dazi-deqing",
            days=number,
        )
    first, html = listing(client, area="dazi")
    assert len(first.page.object_list) == PER_PAGE and first.total == PER_PAGE + 3
    assert "area=dazi" in html and "page=2" in html
    second, _ = listing(client, area="dazi", page=2)
    assert [job.title for job in second.page.object_list] == [
        f"电工 {number}" for number in range(PER_PAGE, PER_PAGE + 3)
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"near": "../../etc/passwd"},
        {"near": "x" * 500},
        {"sort": "drop table"},
        {"wage": "-1"},
        {"wage": "abc"},
        {"posted": "99999999999999999999"},
        {"area": ["dazi", "chengguan", "nowhere"]},
        {"q": "电工" * 5000},
        {"q": "\"'<script>"},
        {"page": "999999"},
        {"page": "-3"},
        {"group": "9-99"},
    ],
)
def test_hostile_query_strings_are_ignored(client, board, params):
    found, html = listing(client, **params)
    assert found.total <= 6
    assert "\"'<script>" not in html

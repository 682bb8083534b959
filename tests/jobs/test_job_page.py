"""A job's own page (clauses 6.3.1 and 6.3.2): the terms, how far it is from the worker's
township, how to apply, a counsellor to ask, and JobPosting data for search engines."""

import json
import re
from datetime import timedelta

import pytest
from django.utils.dateparse import parse_datetime

from home.models import StandardPage
from portal.dates import lhasa_today
from tests.conftest import translate
from tests.jobs.api_fixtures import build_board

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(job_index, employer, occupation, tibetan):
    return build_board(job_index, employer, occupation, tibetan)


@pytest.fixture
def appointment_page(site, tibetan):
    page = site["disclosures"].add_child(
        instance=StandardPage(title="服务流程", slug="service-process", kind="service_process")
    )
    return {"zh": page, "bo": translate(page, tibetan, title="ཞབས་ཞུའི་བརྒྱུད་རིམ།")}


def structured_data(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(text) for text in found]


def test_the_page_shows_the_terms_and_how_to_apply(client, board, appointment_page):
    response = client.get("/jobs/dazi/")
    html = response.content.decode()
    assert response.status_code == 200
    job = board[0]["dazi"]
    assert job.title in html
    assert "5000–6500" in html
    assert "德庆镇" in html and "达孜区" in html
    assert "电话联系" in html  # how to apply
    assert job.employer.phone in html
    assert f'href="/appointments/?job={job.pk}"' in html


def test_the_page_says_how_far_it_is_from_the_chosen_township(client, board):
    html = client.get("/jobs/bakuo/?near=dazi-deqing").content.decode()
    distance = re.search(r'<p class="job-distance job-distance--2">(.*?)</p>', html, re.S)
    assert distance, "no distance shown"
    assert re.search(r"\d+", distance.group(1))  # about N km
    assert 'value="dazi-deqing" selected' in html
    unknown = client.get("/jobs/bakuo/?near=nowhere").content.decode()
    assert "job-distance--" not in unknown


def test_the_tibetan_page_is_in_tibetan(client, board):
    html = client.get("/bo/jobs/dazi/?near=dazi-tajie").content.decode()
    assert '<html lang="bo"' in html
    assert board[1]["dazi"].title in html
    assert "བདེ་ཆེན" in html  # the township's Tibetan name
    assert "德庆镇" not in html


def test_job_posting_data_for_search_engines(client, board):
    """Valid for Google's job search: datePosted, validThrough, baseSalary, jobLocation,
    hiringOrganization."""
    job = board[0]["dazi"]
    (data,) = structured_data(client.get("/jobs/dazi/").content.decode())
    assert data["@type"] == "JobPosting"
    assert data["title"] == job.title
    assert data["datePosted"] == lhasa_today(job.first_published_at).isoformat()
    valid_through = parse_datetime(data["validThrough"])
    assert valid_through.date() == job.closing_date
    assert valid_through.utcoffset() == timedelta(hours=8)
    assert data["baseSalary"]["currency"] == "CNY"
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 5000,
        "maxValue": 6500,
        "unitText": "MONTH",
    }
    assert data["hiringOrganization"]["name"] == job.employer.name
    address = data["jobLocation"]["address"]
    assert address["addressLocality"] == "达孜区" and address["addressCountry"] == "CN"
    assert data["jobLocation"]["geo"]["latitude"] == pytest.approx(29.67, abs=0.05)
    assert data["description"]
    assert data["url"].endswith("/jobs/dazi/")


def test_a_closed_job_says_so_and_gives_no_data_to_search_engines(client, board):
    job = board[0]["expired"]
    html = client.get(job.url).content.decode()
    assert "job__closed" in html
    assert structured_data(html) == []
    assert "job-apply" not in html


def test_an_employer_name_and_dates_are_shared_by_both_languages(board):
    zh, bo = board[0]["dazi"], board[1]["dazi"]
    assert bo.closing_date == zh.closing_date >= lhasa_today()
    assert bo.employer_id == zh.employer_id

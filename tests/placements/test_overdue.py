"""Overdue follow-ups are visible (6.5.1): on the dashboard and in a report, caseload only."""

import datetime

import pytest
from django.urls import reverse

from placements.models import FollowUp
from staff.roles import JOB_REVIEWERS
from tests.workers.conftest import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def follow_ups(make_worker, place, counsellor, other_counsellor, today):
    """One overdue and one due-this-week follow-up for each counsellor's worker."""
    mine = make_worker(name="卓玛", counsellor=counsellor)
    theirs = make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)
    for worker in (mine, theirs):
        first = place(worker, start=today - datetime.timedelta(days=20)).follow_ups.get(number=1)
        later = place(worker, start=today - datetime.timedelta(days=12)).follow_ups.get(number=1)
        assert first.due_on < today <= later.due_on
    return mine, theirs


def test_the_dashboard_lists_the_counsellors_own_follow_ups(client, counsellor, follow_ups):
    client.force_login(counsellor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-follow-ups="overdue"' in html and 'data-follow-ups="due-soon"' in html
    assert html.count("卓玛") == 2
    assert "扎西" not in html


def test_the_report_lists_only_the_caseloads_overdue_follow_ups(
    client, counsellor, supervisor, follow_ups
):
    client.force_login(counsellor)
    response = client.get(reverse("placements_overdue"))
    assert [f.placement.worker.name for f in response.context["object_list"]] == ["卓玛"]
    client.force_login(supervisor)
    response = client.get(reverse("placements_overdue"))
    assert {f.placement.worker.name for f in response.context["object_list"]} == {"卓玛", "扎西"}


def test_the_report_exports_a_spreadsheet(client, counsellor, follow_ups):
    client.force_login(counsellor)
    response = client.get(reverse("placements_overdue"), {"export": "csv"})
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 2 and "卓玛" in rows[1] and "扎西" not in rows[1]


def test_the_report_is_in_the_reports_menu(client, counsellor, follow_ups):
    client.force_login(counsellor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("placements_overdue") in html


def test_staff_without_placements_see_no_report(client, follow_ups):
    client.force_login(member_of(JOB_REVIEWERS, "reviewer"))
    response = client.get(reverse("placements_overdue"))
    assert response.status_code == 302
    assert FollowUp.objects.visible_to(member_of(JOB_REVIEWERS, "reviewer2")).count() == 0

"""The satisfaction index for supervisors (clause 7.2.2): the report under Reports, with its
filters and spreadsheet export, and this month's index on the dashboard. Other staff see
neither."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from quality.invitations import record_answer
from quality.models import Response
from staff.roles import COUNSELLORS
from tests.quality.conftest import answers
from tests.workers.conftest import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(make_invitation, centres):
    """Two answers this month at the Chengguan centre (all 10s, all 4s), one a year ago."""
    record_answer(make_invitation(centre=centres), answers(10))
    record_answer(make_invitation(centre=centres), answers(4))
    old = record_answer(make_invitation(service_type="政策咨询"), answers(1))
    Response.objects.filter(pk=old.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=400)
    )


def test_supervisors_read_the_index_per_month(client, supervisor, answered, centres):
    """7.2.2: per service type, centre and period, with the number of answers."""
    client.force_login(supervisor)
    response = client.get(reverse("quality_report"))
    assert response.status_code == 200
    rows = [(r.service_type, r.centre, r.answers, r.index) for r in response.context["object_list"]]
    assert rows == [("投诉处理", centres.name, 2, 66.7), ("政策咨询", "", 1, 0.0)]
    assert "满意度指数" in response.content.decode()


def test_the_report_groups_by_year_and_filters_by_centre(client, supervisor, answered, centres):
    client.force_login(supervisor)
    by_year = client.get(reverse("quality_report"), {"period": "year"}).context["object_list"]
    this_year = str(timezone.localdate().year)
    assert [r.period_label for r in by_year][0] == this_year
    at_centre = client.get(reverse("quality_report"), {"centre": centres.pk})
    assert [r.answers for r in at_centre.context["object_list"]] == [2]


def test_the_report_exports_a_spreadsheet(client, supervisor, answered):
    client.force_login(supervisor)
    response = client.get(reverse("quality_report"), {"export": "csv"})
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 3
    assert "满意度指数" in rows[0] and "忠诚度" in rows[0]
    assert "投诉处理" in rows[1] and "66.7" in rows[1]
    xlsx = client.get(reverse("quality_report"), {"export": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"].endswith("spreadsheetml.sheet")


def test_the_dashboard_shows_this_months_index_to_supervisors(client, supervisor, answered):
    client.force_login(supervisor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-satisfaction-index" in html and "66.7" in html
    assert reverse("quality_report") in html


@pytest.mark.parametrize("role", ["officer", "counsellor"])
def test_other_staff_neither_read_the_report_nor_see_the_panel(client, request, answered, role):
    """7.2.2: only supervisors read the satisfaction report."""
    user = request.getfixturevalue("officer") if role == "officer" else member_of(COUNSELLORS, "d")
    client.force_login(user)
    assert client.get(reverse("quality_report")).status_code == 302
    assert client.get(reverse("quality_report"), {"export": "csv"}).status_code == 302
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-satisfaction-index" not in html and reverse("quality_report") not in html


def test_anonymous_visitors_are_sent_to_sign_in(client, answered):
    response = client.get(reverse("quality_report"))
    assert response.status_code == 302 and "login" in response.url

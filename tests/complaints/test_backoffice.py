"""Complaints in the staff admin (clause 7.3): complaint officers handle the complaints of their
departments, supervisors see every complaint; staff enter complaints received on site, by letter
or by phone; each step is a POST checked by the rules; the complaint's page shows its history."""

import datetime

import pytest
from django.urls import reverse
from django.utils.formats import date_format

from complaints.models import Complaint, Status
from complaints.transitions import perform
from staff.roles import COUNSELLORS
from tests.workers.conftest import member_of

D = datetime.date
ONE_COMPLAINT_VIEWS = ["inspect", "edit", "history"]


def listed(client, user, **filters):
    client.force_login(user)
    response = client.get(reverse("complaint_admin:index"), filters)
    assert response.status_code == 200
    return {complaint.name for complaint in response.context["object_list"]}


def opens(client, user, complaint, view):
    client.force_login(user)
    response = client.get(reverse(f"complaint_admin:{view}", args=(complaint.pk,)))
    if response.status_code == 200:
        return "opened"
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home")
    return "refused"


@pytest.fixture
def complaints(make_complaint, other_category):
    return {
        "ours": make_complaint(name="次仁"),
        "theirs": make_complaint(name="扎西", category=other_category),
    }


def test_an_officer_lists_only_the_complaints_of_their_department(client, complaints, officer):
    assert listed(client, officer) == {"次仁"}


def test_a_supervisor_sees_every_complaint(client, complaints, supervisor):
    assert listed(client, supervisor) == {"次仁", "扎西"}


@pytest.mark.parametrize("view", ONE_COMPLAINT_VIEWS)
def test_another_departments_complaint_is_refused_at_every_address(
    client, complaints, officer, supervisor, view
):
    assert opens(client, officer, complaints["theirs"], view) == "refused"
    assert opens(client, officer, complaints["ours"], view) == "opened"
    assert opens(client, supervisor, complaints["theirs"], view) == "opened"


def test_staff_without_the_complaint_role_see_nothing(client, complaints):
    counsellor = member_of(COUNSELLORS, "counsellor")
    client.force_login(counsellor)
    response = client.get(reverse("complaint_admin:index"))
    assert response["Location"] == reverse("wagtailadmin_home")
    assert opens(client, counsellor, complaints["ours"], "inspect") == "refused"


def step(client, user, complaint, name, note=""):
    client.force_login(user)
    url = reverse("complaint_admin:step", args=(complaint.pk, name))
    return client.post(url, {"note": note}, follow=True)


def test_an_officer_accepts_and_sees_the_due_date(client, complaints, officer):
    complaint = complaints["ours"]
    response = step(client, officer, complaint, "accept")
    complaint.refresh_from_db()
    assert complaint.status == Status.ACCEPTED
    assert complaint.due_on is not None
    assert complaint.due_on.isoformat() in response.content.decode()
    assert complaint.changes.get().by == officer


def test_a_step_of_another_departments_complaint_is_refused(client, complaints, officer):
    complaint = complaints["theirs"]
    response = step(client, officer, complaint, "accept")
    assert response.redirect_chain[0][1] == 302
    assert Complaint.objects.get(pk=complaint.pk).status == Status.RECEIVED


def test_a_step_is_only_taken_by_post(client, complaints, officer):
    client.force_login(officer)
    url = reverse("complaint_admin:step", args=(complaints["ours"].pk, "accept"))
    assert client.get(url).status_code == 405
    assert Complaint.objects.get(pk=complaints["ours"].pk).status == Status.RECEIVED


def test_a_refused_step_says_why_and_changes_nothing(client, complaints, officer):
    complaint = complaints["ours"]
    response = step(client, officer, complaint, "reject", note="")
    assert "请填写不予受理的原因" in response.content.decode()
    assert Complaint.objects.get(pk=complaint.pk).status == Status.RECEIVED
    response = step(client, officer, complaint, "close")
    assert Complaint.objects.get(pk=complaint.pk).status == Status.RECEIVED


def test_the_complaints_page_shows_its_history_and_next_steps(client, complaints, officer):
    complaint = perform(complaints["ours"], "accept", officer)
    client.force_login(officer)
    html = client.get(reverse("complaint_admin:inspect", args=(complaint.pk,))).content.decode()
    assert "已收到 → 已受理" in html
    assert 'data-step="investigate"' in html and 'data-step="accept"' not in html
    assert date_format(complaint.due_on) in html


def test_staff_enter_a_complaint_made_by_phone(client, officer, category, make_worker):
    worker = make_worker(phone="13900009003")
    client.force_login(officer)
    data = {
        "channel": "phone",
        "category": category.pk,
        "name": "格桑",
        "phone": "139-0000-9003",
        "language": "bo",
        "what_happened": "电话反映：培训通知没有藏文。",
        "wanted": "以后发藏文通知。",
    }
    response = client.post(reverse("complaint_admin:add"), data)
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert (complaint.channel, complaint.language) == ("phone", "bo")
    assert complaint.phone == "13900009003" and complaint.status == "received"
    assert (complaint.received_by, complaint.worker) == (officer, worker)


def test_staff_entry_refuses_a_bad_phone_and_the_online_channel(client, officer, category):
    client.force_login(officer)
    data = {
        "channel": "online",
        "category": category.pk,
        "name": "格桑",
        "phone": "12345",
        "language": "zh-hans",
        "what_happened": "x",
        "wanted": "y",
    }
    response = client.post(reverse("complaint_admin:add"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"channel", "phone"}
    assert not Complaint.objects.exists()


def test_the_list_filters_overdue_complaints(client, make_complaint, officer, supervisor):
    late = perform(make_complaint(name="迟"), "accept", officer, today=D(2026, 9, 1))
    perform(make_complaint(name="新"), "accept", officer)
    make_complaint(name="未受理")
    assert late.due_on < D(2026, 11, 1)
    assert listed(client, supervisor, overdue="true") == {"迟"}
    assert listed(client, supervisor, status="received") == {"未受理"}


def test_the_dashboard_lists_an_officers_open_complaints_by_due_date(
    client, make_complaint, officer, other_officer, other_category
):
    perform(make_complaint(name="较晚"), "accept", officer, today=D(2026, 11, 20))
    perform(make_complaint(name="较早"), "accept", officer, today=D(2026, 11, 2))
    first = Complaint.objects.get(name="较早")
    later = Complaint.objects.get(name="较晚")
    make_complaint(name="别的科室", category=other_category)
    client.force_login(officer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="open-complaints"' in html
    assert html.index(first.shown_reference) < html.index(later.shown_reference)
    client.force_login(other_officer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert first.shown_reference not in html

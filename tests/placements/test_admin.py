"""Recording placements and follow-ups in the staff admin, within the caseload (6.5.1)."""

import datetime

import pytest
from django.urls import reverse

from placements.models import FollowUp, Placement
from placements.timeline import placements as placements_of
from portal.notifications import backends
from tests.placements.conftest import agrees_to_messages
from workers.records import actions_for

pytestmark = pytest.mark.django_db


def form_data(worker, township, start, **changes):
    return {
        "worker": worker.pk,
        "employer_name": "拉萨净土农业公司",
        "workplace": township.pk,
        "start_date": start.isoformat(),
        "monthly_wage": "4200",
        "notes": "",
        **changes,
    }


def refused(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_a_counsellor_records_a_placement_from_the_worker_page(
    client, counsellor, make_worker, township, today
):
    """6.5.1: the placement is saved with its follow-ups, the first due 15 days on."""
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    add_url = f"{reverse('placements:add')}?worker={worker.pk}"
    assert ("记录就业安置", add_url) in actions_for(counsellor, worker)
    response = client.post(add_url, form_data(worker, township, today))
    assert response.status_code == 302
    placement = Placement.objects.get(worker=worker)
    assert placement.recorded_by == counsellor
    assert placement.follow_ups.get(number=1).due_on == today + datetime.timedelta(days=15)
    inspect = client.get(reverse("placements:inspect", args=(placement.pk,)))
    assert inspect.content.decode().count("data-follow-up=") == 4
    entries = {str(entry.what) for entry in placements_of(worker)}
    assert {"开始工作", "第1次回访待办"} <= entries


def test_the_worker_is_told_by_sms_in_tibetan(client, counsellor, make_worker, township, today):
    """A worker who reads Tibetan but not Chinese gets the message in Tibetan, with the date of
    the first follow-up."""
    worker = agrees_to_messages(make_worker(counsellor=counsellor, chinese="speaks"))
    client.force_login(counsellor)
    client.post(reverse("placements:add"), form_data(worker, township, today))
    [message] = backends.outbox
    assert message["phone"] == "13908912345"
    first_due = (today + datetime.timedelta(days=15)).isoformat()
    assert first_due in message["text"] and "ལས་ཀ" in message["text"]


def test_a_worker_who_did_not_agree_to_messages_gets_none(
    client, counsellor, make_worker, township, today
):
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    client.post(reverse("placements:add"), form_data(worker, township, today))
    assert Placement.objects.filter(worker=worker).exists()
    assert backends.outbox == []


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"start_date": "2036-01-01"}, "start_date", "开始日期必须在"),
        ({"start_date": "2016-01-01"}, "start_date", "开始日期必须在"),
        ({"start_date": ""}, "start_date", "必需字段"),
        ({"employer_name": ""}, "employer_name", "请填写用人单位"),
        ({"workplace": ""}, "workplace", "必需字段"),
        ({"monthly_wage": "-5"}, "monthly_wage", ""),
    ],
)
def test_bad_input_is_refused_with_a_message(
    client, counsellor, make_worker, township, today, changes, field, message
):
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    response = client.post(reverse("placements:add"), form_data(worker, township, today, **changes))
    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert not Placement.objects.exists()


def test_another_counsellors_worker_cannot_be_placed(
    client, counsellor, other_counsellor, make_worker, township, today
):
    worker = make_worker(counsellor=other_counsellor)
    client.force_login(counsellor)
    response = client.post(reverse("placements:add"), form_data(worker, township, today))
    assert response.status_code == 200
    assert "worker" in response.context["form"].errors
    assert not Placement.objects.exists()


def test_another_counsellors_placement_and_follow_ups_are_refused(
    client, counsellor, other_counsellor, make_worker, place
):
    placement = place(make_worker(counsellor=other_counsellor))
    follow_up = placement.follow_ups.get(number=1)
    client.force_login(counsellor)
    assert refused(client.get(reverse("placements:inspect", args=(placement.pk,))))
    assert refused(client.get(reverse("placements:edit", args=(placement.pk,))))
    assert refused(client.get(reverse("placements_follow_ups:edit", args=(follow_up.pk,))))
    response = client.post(
        reverse("placements_follow_ups:edit", args=(follow_up.pk,)),
        {"done_on": "2026-11-20", "channel": "phone", "outcome": "staying"},
    )
    assert refused(response)
    assert FollowUp.objects.get(pk=follow_up.pk).done_on is None
    assert client.get(reverse("placements:index")).context["object_list"].count() == 0


def test_a_follow_up_is_recorded_as_done(client, counsellor, make_worker, place, today):
    """6.5.1, 6.5.2: the follow-up is recorded with how it was done and what was found."""
    placement = place(make_worker(counsellor=counsellor), start=today - datetime.timedelta(20))
    follow_up = placement.follow_ups.get(number=1)
    client.force_login(counsellor)
    response = client.post(
        reverse("placements_follow_ups:edit", args=(follow_up.pk,)),
        {
            "done_on": today.isoformat(),
            "channel": "visit",
            "outcome": "staying",
            "adaptation": "适应良好",
            "problems": "",
        },
    )
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert (follow_up.done_on, follow_up.outcome, follow_up.done_by) == (
        today,
        "staying",
        counsellor,
    )


@pytest.mark.parametrize(
    "data, field",
    [
        ({"done_on": "2099-01-01", "channel": "visit", "outcome": "staying"}, "done_on"),
        ({"done_on": "", "channel": "visit", "outcome": "staying"}, "done_on"),
        ({"done_on": "TODAY", "channel": "", "outcome": "staying"}, "channel"),
        ({"done_on": "TODAY", "channel": "visit", "outcome": ""}, "outcome"),
    ],
)
def test_an_incomplete_follow_up_is_refused(
    client, counsellor, make_worker, place, today, data, field
):
    follow_up = place(make_worker(counsellor=counsellor)).follow_ups.get(number=1)
    client.force_login(counsellor)
    data = {**data, "done_on": data["done_on"].replace("TODAY", today.isoformat())}
    response = client.post(reverse("placements_follow_ups:edit", args=(follow_up.pk,)), data)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert FollowUp.objects.get(pk=follow_up.pk).done_on is None


def test_an_old_placement_can_still_be_edited(client, counsellor, make_worker, place, today):
    """The start-date window applies when the date is entered, not to every later edit."""
    worker = make_worker(counsellor=counsellor)
    start = today - datetime.timedelta(days=400)
    placement = place(worker, start=start)
    client.force_login(counsellor)
    data = form_data(worker, placement.workplace, start, notes="已转正")
    response = client.post(reverse("placements:edit", args=(placement.pk,)), data)
    assert response.status_code == 302
    assert Placement.objects.get(pk=placement.pk).notes == "已转正"

"""When follow-ups fall due: the first 15 days after the start (6.5.1), the later ones at the
months after the start that supervisors set (6.5.2)."""

import datetime

import pytest
from django.urls import reverse

from placements.models import FollowUp, FollowUpSchedule
from placements.schedule import due_on, plan
from tests.placements.conftest import agrees_to_messages

pytestmark = pytest.mark.django_db

D = datetime.date


def schedule_url():
    pk = FollowUpSchedule.load().pk
    return reverse("wagtailsettings:edit", args=("placements", "followupschedule", pk))


def due_dates(placement):
    return list(placement.follow_ups.order_by("number").values_list("due_on", flat=True))


def test_a_placement_starting_2_november_is_followed_up_by_17_november(make_worker, place):
    """6.5.1: a placement starting 2026-11-02 gets follow-up 1 due 2026-11-17."""
    placement = place(make_worker(), start=D(2026, 11, 2))
    first = placement.follow_ups.get(number=1)
    assert first.due_on == D(2026, 11, 17)
    assert first.done_on is None


@pytest.mark.parametrize(
    "start, first_due",
    [
        (D(2026, 1, 31), D(2026, 2, 15)),
        (D(2026, 2, 20), D(2026, 3, 7)),
        (D(2028, 2, 20), D(2028, 3, 6)),  # a leap year
        (D(2026, 4, 30), D(2026, 5, 15)),
        (D(2026, 12, 20), D(2027, 1, 4)),
        (D(2026, 12, 31), D(2027, 1, 15)),
    ],
)
def test_the_first_follow_up_is_due_15_days_after_the_start(start, first_due):
    """6.5.1: 15 calendar days, across month and year ends."""
    assert due_on(start) == first_due
    assert plan(start, [1, 3, 6])[0] == (None, first_due)


def test_later_follow_ups_are_due_1_3_and_6_months_after_the_start(make_worker, place):
    """6.5.2: the default schedule, counted from the start."""
    placement = place(make_worker(), start=D(2026, 11, 2))
    assert due_dates(placement) == [
        D(2026, 11, 17),
        D(2026, 12, 2),
        D(2027, 2, 2),
        D(2027, 5, 2),
    ]


def test_a_month_after_31_january_is_the_end_of_february():
    """6.5.2: month arithmetic keeps to the month's last day."""
    assert [due for _, due in plan(D(2026, 1, 31), [1, 3])] == [
        D(2026, 2, 15),
        D(2026, 2, 28),
        D(2026, 4, 30),
    ]


def test_a_later_follow_up_before_the_first_is_left_out():
    """6.5.2: a follow-up 0 months after the start would come before the 15-day one."""
    assert plan(D(2026, 11, 2), [0, 1]) == [(None, D(2026, 11, 17)), (1, D(2026, 12, 2))]


def test_a_supervisor_changes_the_schedule_for_new_placements(
    client, supervisor, make_worker, place
):
    """6.5.2: supervisors set the intervals; placements under way keep their dates."""
    before = place(make_worker(), start=D(2026, 11, 2))
    client.force_login(supervisor)
    url = schedule_url()
    response = client.post(url, {"months": "2, 12"})
    assert response.status_code == 302
    assert FollowUpSchedule.load().month_list == [2, 12]
    after = place(make_worker(name="扎西", phone="13800000002"), start=D(2026, 11, 2))
    assert due_dates(after) == [D(2026, 11, 17), D(2027, 1, 2), D(2027, 11, 2)]
    assert len(due_dates(before)) == 4


def test_a_counsellor_cannot_change_the_schedule(client, counsellor):
    client.force_login(counsellor)
    url = schedule_url()
    response = client.post(url, {"months": "24"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert FollowUpSchedule.load().month_list == [1, 3, 6]


def test_a_schedule_that_is_not_months_is_refused(client, supervisor):
    client.force_login(supervisor)
    url = schedule_url()
    response = client.post(url, {"months": "一个月"})
    assert response.status_code == 200
    assert "1,3,6" in str(response.context["form"].errors["months"])
    assert FollowUpSchedule.load().months == "1,3,6"


def test_moving_the_start_moves_the_follow_ups_not_yet_done(make_worker, place):
    placement = place(make_worker(), start=D(2026, 11, 2))
    first = placement.follow_ups.get(number=1)
    first.done_on, first.channel, first.outcome = D(2026, 11, 16), "phone", "staying"
    first.save()
    placement.start_date = D(2026, 11, 9)
    placement.save()
    assert due_dates(placement) == [
        D(2026, 11, 17),  # done: stays as it was
        D(2026, 12, 9),
        D(2027, 2, 9),
        D(2027, 5, 9),
    ]


def test_a_worker_who_left_the_job_is_not_followed_up_in_it_again(make_worker, place):
    placement = place(make_worker(), start=D(2026, 11, 2))
    second = placement.follow_ups.get(number=2)
    second.done_on, second.channel, second.outcome = D(2026, 12, 2), "visit", "left"
    second.save()
    assert list(placement.follow_ups.values_list("number", flat=True)) == [1, 2]


@pytest.mark.parametrize(
    "due, overdue, soon",
    [
        (D(2026, 11, 19), True, False),  # yesterday
        (D(2026, 11, 20), False, True),  # today: due, not yet overdue
        (D(2026, 11, 27), False, True),  # the last day of the window
        (D(2026, 11, 28), False, False),  # beyond it
    ],
)
def test_overdue_and_due_soon_boundaries(make_worker, place, due, overdue, soon):
    """6.5.1: overdue is due before today and not done; due soon is today to today + days."""
    follow_up = place(make_worker()).follow_ups.get(number=1)
    FollowUp.objects.filter(pk=follow_up.pk).update(due_on=due)
    today = D(2026, 11, 20)
    assert FollowUp.objects.overdue(today).filter(pk=follow_up.pk).exists() is overdue
    assert FollowUp.objects.due_soon(today, 7).filter(pk=follow_up.pk).exists() is soon


def test_a_follow_up_done_is_neither_overdue_nor_due(make_worker, place):
    follow_up = place(make_worker(), start=D(2026, 10, 1)).follow_ups.get(number=1)
    follow_up.done_on, follow_up.channel, follow_up.outcome = D(2026, 10, 20), "phone", "staying"
    follow_up.save()
    assert not FollowUp.objects.overdue(D(2026, 11, 20)).filter(pk=follow_up.pk).exists()
    assert not FollowUp.objects.due_soon(D(2026, 10, 14), 7).filter(pk=follow_up.pk).exists()


def test_the_workplace_is_rated_against_the_workers_home(make_worker, place, elsewhere):
    """Near home (就近就地): shown from the townships, not typed."""
    worker = agrees_to_messages(make_worker())
    assert place(worker).get_locality_display() == "同一乡镇（街道）"
    assert place(worker, workplace=elsewhere).locality in (1, 2)

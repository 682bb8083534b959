"""Working days (clause 7.3: complaints are answered within 15 working days): the national
calendar with its make-up working days, the regional days staff keep, and a missing schedule
said rather than guessed."""

import datetime

import pytest

from portal.models import HolidaySchedule, SpecialDay
from portal.workdays import ScheduleMissing, add_working_days, is_working_day

pytestmark = pytest.mark.django_db

D = datetime.date


def test_a_complaint_accepted_on_2026_09_25_is_due_on_2026_10_22():
    """7.3: the Mid-Autumn and National Day holidays (25 Sep, 1–7 Oct) are skipped and the
    make-up working days (Sunday 20 Sep before, Saturday 10 Oct) count."""
    assert add_working_days(D(2026, 9, 25), 15) == D(2026, 10, 22)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 10, 1), False),  # National Day
        (D(2026, 10, 7), False),  # a day off given for a make-up day
        (D(2026, 10, 9), True),  # Friday
        (D(2026, 10, 10), True),  # Saturday, a make-up working day
        (D(2026, 10, 11), False),  # Sunday
        (D(2026, 2, 14), True),  # Saturday, make-up for the Spring Festival
        (D(2026, 2, 17), False),  # Spring Festival
    ],
)
def test_the_national_calendar_with_its_make_up_days(day, working):
    assert is_working_day(day) is working


def test_a_count_into_a_year_without_a_schedule_says_the_schedule_is_missing():
    """A complaint accepted on 2026-12-31 is due in 2027: only once 2027 is entered."""
    with pytest.raises(ScheduleMissing) as missing:
        add_working_days(D(2026, 12, 31), 15)
    assert missing.value.year == 2027
    assert "2027" in str(missing.value)

    HolidaySchedule.objects.create(year=2027, source="国办发明电", checked_on=D(2026, 12, 1))
    # 1 January 2027 is a Friday holiday; three full weeks from Monday the 4th.
    assert add_working_days(D(2026, 12, 31), 15) == D(2027, 1, 22)


def test_a_regional_day_off_moves_the_due_date():
    """Staff enter Tibet's own days off, e.g. a day of the Shoton festival."""
    before = add_working_days(D(2026, 8, 10), 5)
    SpecialDay.objects.create(day=D(2026, 8, 12), kind="day_off", name="雪顿节")
    assert not is_working_day(D(2026, 8, 12))
    assert add_working_days(D(2026, 8, 10), 5) == before + datetime.timedelta(days=1)


def test_a_make_up_working_day_entered_by_staff_counts():
    saturday = D(2026, 8, 15)
    assert not is_working_day(saturday)
    SpecialDay.objects.create(day=saturday, kind="working_day", name="调休上班")
    assert is_working_day(saturday)
    assert add_working_days(D(2026, 8, 14), 1) == saturday


def test_a_run_of_days_off_longer_than_any_schedule_is_refused():
    for offset in range(40):
        day = D(2026, 3, 1) + datetime.timedelta(days=offset)
        SpecialDay.objects.create(day=day, kind="day_off", name="错误数据")
    with pytest.raises(ValueError, match="days off in a row"):
        add_working_days(D(2026, 2, 27), 2)

"""Working days in Lhasa: the one function that counts them, for every deadline of the service
(complaints are answered within 15 working days, clause 7.3).

A day is a working day by, in order: the table of special days that staff keep (regional days
off such as Losar and Shoton, make-up working days, and national changes the calendar does not
know yet), then the national calendar of the `holidays` package (public holidays and the
make-up working days of 调休), then the week (Saturday and Sunday off).

The `holidays` package computes holidays for any year, but only knows the make-up working days
of years whose schedule has been announced, and Tibet's own days off not at all. So counting
into a year needs that year's HolidaySchedule: without it, `ScheduleMissing` says which year
staff must enter, rather than a silently wrong date.
"""

import datetime
from functools import cache

import holidays
from django.utils.translation import gettext_lazy as _

from portal.models import HolidaySchedule, SpecialDay

LONGEST_RUN_OF_DAYS_OFF = 30  # no schedule has more; a longer run means bad data


class ScheduleMissing(Exception):
    """No holiday schedule has been entered for `year`."""

    def __init__(self, year):
        self.year = year
        super().__init__(
            _(
                "The holiday schedule of %(year)s has not been entered: working days in "
                "%(year)s cannot be counted yet. Staff enter it under Settings → Holiday "
                "schedules."
            )
            % {"year": year}
        )


@cache
def national_calendar(year):
    return holidays.China(years=year)


class Calendar:
    """The working days of the years a count touches, each year's table read once."""

    def __init__(self):
        self.years = {}

    def special_days(self, year):
        if year not in self.years:
            if not HolidaySchedule.objects.filter(year=year).exists():
                raise ScheduleMissing(year)
            days = SpecialDay.objects.filter(day__year=year).values_list("day", "kind")
            self.years[year] = dict(days)
        return self.years[year]

    def is_working_day(self, day):
        kind = self.special_days(day.year).get(day)
        if kind is not None:
            return kind == SpecialDay.Kind.WORKING_DAY
        return national_calendar(day.year).is_working_day(day)


def is_working_day(day):
    return Calendar().is_working_day(day)


def add_working_days(start, count):
    """The day on which `count` working days after `start` have passed (`start` itself is not
    counted): a complaint accepted on 2026-09-25 is due 15 working days later, on 2026-10-22."""
    calendar = Calendar()
    day, counted, run_off = start, 0, 0
    while counted < count:
        day += datetime.timedelta(days=1)
        if calendar.is_working_day(day):
            counted, run_off = counted + 1, 0
        else:
            run_off += 1
            if run_off > LONGEST_RUN_OF_DAYS_OFF:
                raise ValueError(
                    f"More than {LONGEST_RUN_OF_DAYS_OFF} days off in a row from {day}"
                )
    return day

"""When a placement's follow-ups fall due (clauses 6.5.1, 6.5.2).

The first follow-up is due 15 days after the start (6.5.1). The later ones are due the months
after the start that supervisors set (FollowUpSchedule, 6.5.2), counted from the start, not
from the previous follow-up, so that one late visit does not push back the rest. A month from
31 January is the last day of February. A later follow-up that would fall on or before the
first is left out: the first already covers that time.
"""

import calendar
import datetime

FIRST_FOLLOW_UP_DAYS = 15


def months_after(day, months):
    """The same day `months` later, or the last day of that month when it is shorter."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def due_on(start, months=None):
    """The due date of a follow-up `months` after `start`; of the first when `months` is None."""
    if months is None:
        return start + datetime.timedelta(days=FIRST_FOLLOW_UP_DAYS)
    return months_after(start, months)


def plan(start, months):
    """[(months or None, due date), …]: the follow-ups of a placement starting on `start`."""
    first = due_on(start)
    later = [(m, due_on(start, m)) for m in sorted(set(months))]
    return [(None, first), *[(m, due) for m, due in later if due > first]]

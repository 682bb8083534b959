"""The calendar in Lhasa: every "today" of the service comes from here.

The server may run in UTC; a closing date, a policy's effective date or a shortage list's
period is a day in Lhasa (China Standard Time, no daylight saving), which starts at 16:00 UTC.
"""

from zoneinfo import ZoneInfo

from django.utils import timezone

LHASA = ZoneInfo("Asia/Shanghai")


def lhasa_today(now=None):
    """The calendar date in Lhasa at `now` (an aware datetime; the current time by default)."""
    return timezone.localdate(now, timezone=LHASA)

"""Demo appointments: rooms at every service centre (individual, group, classroom) and, for
the next ten working days, slots of the demo counsellors at their centres (three individual
times a day and one by video or telephone), plus a weekly group session.

The demo counsellors (workers/demo.py) are Tibetans who speak both languages, so the Tibetan
booking finds times too. Made once: a slot is found again by its counsellor and start.
"""

import datetime

from django.conf import settings

from appointments.models import Room, Slot
from home.models import ServiceCentre
from portal.dates import LHASA, lhasa_today
from staff.models import StaffProfile

ROOMS = [
    ("个体指导室", Room.Kind.INDIVIDUAL, 1),
    ("团体指导室", Room.Kind.GROUP, 8),
    ("培训教室", Room.Kind.CLASSROOM, 30),
]
# (hour, minutes, remote, room kind, capacity); the group session only on Wednesdays.
TIMES = [
    (10, 45, False, Room.Kind.INDIVIDUAL, 1),
    (11, 45, False, Room.Kind.INDIVIDUAL, 1),
    (15, 45, False, Room.Kind.INDIVIDUAL, 1),
    (16, 30, True, None, 1),
]
GROUP_SESSION = (14, 60, False, Room.Kind.GROUP, 8)
DAYS = 10


def working_days(start, count):
    day = start
    while count:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
            yield day


def load(demo):
    centres = ServiceCentre.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    rooms = {}
    for centre in centres:
        for name, kind, capacity in ROOMS:
            room, created = Room.objects.get_or_create(
                centre=centre, name=name, defaults={"kind": kind, "capacity": capacity}
            )
            rooms[centre.pk, kind] = room
            if created:
                demo.created["appointments.Room"] += 1
    profiles = StaffProfile.objects.filter(
        user__username__startswith="demo-counsellor-", service_centre__isnull=False
    )
    profiles.update(speaks_chinese=True, speaks_tibetan=True)
    for profile in profiles.select_related("user"):
        for day in working_days(lhasa_today(), DAYS):
            times = [*TIMES, *([GROUP_SESSION] if day.weekday() == 2 else [])]
            for hour, minutes, remote, kind, capacity in times:
                starts_at = datetime.datetime.combine(day, datetime.time(hour), tzinfo=LHASA)
                _slot, created = Slot.objects.get_or_create(
                    counsellor=profile.user,
                    starts_at=starts_at,
                    defaults={
                        "ends_at": starts_at + datetime.timedelta(minutes=minutes),
                        "remote": remote,
                        "centre": None if remote else profile.service_centre,
                        "room": None if remote else rooms.get((profile.service_centre_id, kind)),
                        "capacity": capacity,
                    },
                )
                if created:
                    demo.created["appointments.Slot"] += 1

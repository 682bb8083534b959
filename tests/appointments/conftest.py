"""Fixtures of the appointments tests (clauses 4.3.1, 4.3.2, 5.2), made through the real models;
the service types come from the data migration.

- `centre`: the Chinese row of a service centre (`centres` of tests/conftest.py);
- `tibetan_counsellor`: a counsellor of that centre who speaks Chinese and Tibetan;
- `make_slot`: a slot of that counsellor at the centre, tomorrow at 10:00 in Lhasa unless told;
- `service`: job-seeking guidance (求职指导).
"""

import datetime

import pytest
from django.utils import timezone

from appointments.models import ServiceType, Slot
from portal.dates import LHASA, lhasa_today
from staff.models import StaffProfile
from staff.roles import COUNSELLORS
from tests.workers.conftest import make_worker, member_of, supervisor, township  # noqa: F401

PHONE = "13900007001"


@pytest.fixture
def centre(centres):
    return centres


@pytest.fixture
def service(db):
    return ServiceType.objects.get(code="job-seeking")


@pytest.fixture
def tibetan_counsellor(centre):
    user = member_of(COUNSELLORS, "pema")
    user.first_name = "白玛"
    user.save()
    StaffProfile.objects.create(
        user=user, service_centre=centre, speaks_chinese=True, speaks_tibetan=True
    )
    return user


@pytest.fixture
def counsellor(centre):
    user = member_of(COUNSELLORS, "dolma")
    StaffProfile.objects.create(
        user=user, service_centre=centre, speaks_chinese=True, speaks_tibetan=False
    )
    return user


def at(days, hour, minute=0):
    day = lhasa_today() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)), LHASA)


@pytest.fixture
def make_slot(centre, tibetan_counsellor):
    def make(days=1, hour=10, capacity=1, remote=False, counsellor=None, **fields):
        return Slot.objects.create(
            counsellor=counsellor or tibetan_counsellor,
            remote=remote,
            centre=None if remote else centre,
            starts_at=at(days, hour),
            ends_at=at(days, hour) + datetime.timedelta(minutes=45),
            capacity=capacity,
            **fields,
        )

    return make

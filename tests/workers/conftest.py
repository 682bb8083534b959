import pytest
from django.contrib.auth.models import Group, User

from portal.idcard import check_character
from regions.models import Township
from staff.models import StaffProfile
from staff.roles import COUNSELLORS, SUPERVISORS
from workers.models import Worker


def id_number(birth="19950312", sequence="123", region="540102"):
    """A well-formed resident ID number: odd last sequence digit for a man, even for a woman."""
    first_17 = f"{region}{birth}{sequence}"
    return first_17 + check_character(first_17)


def member_of(role, name, centre=None):
    user = User.objects.create_user(name, f"{name}@example.com", "correct-horse-battery")
    user.groups.add(Group.objects.get(name=role))
    if centre is not None:
        StaffProfile.objects.create(user=user, service_centre=centre)
    return user


@pytest.fixture
def township(db):
    return Township.objects.get(code="dazi-deqing")


@pytest.fixture
def counsellor(db):
    return member_of(COUNSELLORS, "dolma")


@pytest.fixture
def other_counsellor(db):
    return member_of(COUNSELLORS, "tashi")


@pytest.fixture
def supervisor(db):
    return member_of(SUPERVISORS, "supervisor")


@pytest.fixture
def make_worker(township):
    def make(name="次仁卓玛", phone="13908912345", **fields):
        values = {
            "gender": "female",
            "ethnicity": "tibetan",
            "home_township": township,
            **fields,
        }
        return Worker.objects.create(name=name, phone=phone, **values)

    return make

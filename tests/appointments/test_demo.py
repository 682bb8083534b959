"""The demo appointments: rooms of the three kinds of clause 4.3.1(2) at every centre, and free
slots of the demo counsellors in both languages; loaded twice, made once."""

from collections import Counter
from types import SimpleNamespace

from appointments import demo as appointments_demo
from appointments.models import Room, Slot
from staff.models import StaffProfile
from staff.roles import COUNSELLORS
from tests.appointments.conftest import member_of


def test_the_demo_has_rooms_and_slots_in_both_languages(centres):
    user = member_of(COUNSELLORS, "demo-counsellor-dolma")
    StaffProfile.objects.create(user=user, service_centre=centres)
    builder = SimpleNamespace(created=Counter())
    appointments_demo.load(builder)
    assert {room.kind for room in Room.objects.filter(centre=centres)} == set(Room.Kind.values)
    slots = Slot.objects.open()
    assert slots.speaking("bo").exists() and slots.speaking("zh-hans").exists()
    assert slots.filter(remote=True).exists() and slots.filter(capacity__gt=1).exists()
    made = Slot.objects.count()
    appointments_demo.load(builder)
    assert Slot.objects.count() == made == builder.created["appointments.Slot"]

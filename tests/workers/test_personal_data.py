"""ID and phone numbers are sealed at rest and found by their keyed hash (DESIGN.md; PIPL art.
51; issue 6): the raw numbers never appear in the database."""

import pytest
from django.db import connection

from portal.crypto import UnreadableValue, lookup_hash, seal, unseal
from tests.workers.conftest import id_number
from workers.models import Worker

pytestmark = pytest.mark.django_db


def raw_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM workers_worker")
        return [" ".join(str(value) for value in row) for row in cursor.fetchall()]


def test_the_raw_id_and_phone_numbers_never_reach_the_database(make_worker):
    number = id_number()
    worker = make_worker(id_number=number, phone="13908912345")
    rows = raw_rows()
    assert len(rows) == 1
    assert number not in rows[0] and number[:14] not in rows[0]
    assert "13908912345" not in rows[0] and "08912345" not in rows[0]
    # Read back in clear through the model.
    again = Worker.objects.get(pk=worker.pk)
    assert again.id_number == number and again.phone == "13908912345"


def test_a_worker_is_found_by_id_number_and_by_phone(make_worker):
    number = id_number()
    worker = make_worker(id_number=number, phone="13908912345")
    make_worker(name="扎西", phone="13800000000", id_number=id_number(sequence="131"))
    assert list(Worker.objects.with_id_number(number)) == [worker]
    assert list(Worker.objects.with_id_number(number.lower().replace("", " ").strip())) == [worker]
    assert list(Worker.objects.with_phone("13908912345")) == [worker]
    assert not Worker.objects.with_phone("13908912346").exists()


def test_each_sealing_differs_and_a_changed_value_does_not_open():
    first, second = seal("13908912345"), seal("13908912345")
    assert first != second
    assert unseal(first) == unseal(second) == "13908912345"
    tampered = first[:-2] + ("A" if first[-2] != "A" else "B") + first[-1]
    with pytest.raises(UnreadableValue):
        unseal(tampered)


def test_the_lookup_hash_depends_on_the_key(settings):
    before = lookup_hash("phone", "13908912345")
    settings.PERSONAL_DATA_KEY = "another-key-entirely-" + "z" * 20
    assert lookup_hash("phone", "13908912345") != before
    assert len(before) == 64 and "13908912345" not in before

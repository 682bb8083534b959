import datetime

import pytest

from placements.models import Placement
from portal.dates import lhasa_today
from portal.notifications import backends
from regions.models import Township
from tests.workers import conftest as archive
from workers.models import Consent

# The archive's fixtures, shared.
counsellor = archive.counsellor
other_counsellor = archive.other_counsellor
supervisor = archive.supervisor
make_worker = archive.make_worker
township = archive.township


@pytest.fixture(autouse=True)
def empty_outbox():
    backends.outbox.clear()
    yield
    backends.outbox.clear()


@pytest.fixture
def today():
    return lhasa_today()


@pytest.fixture
def elsewhere(db):
    return Township.objects.exclude(code="dazi-deqing").filter(area__kind="district").first()


def agrees_to_messages(worker):
    Consent.objects.create(worker=worker, purpose="messages", channel="paper")
    return worker


@pytest.fixture
def place(township):
    def place(worker, start=None, **fields):
        values = {"employer_name": "拉萨净土农业公司", "workplace": township, **fields}
        start = start or lhasa_today() - datetime.timedelta(days=3)
        return Placement.objects.create(worker=worker, start_date=start, **values)

    return place

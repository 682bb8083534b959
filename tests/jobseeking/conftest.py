"""The jobseeking tests use the workers' fixtures (counsellors, a worker) and the training
catalogue's (qualified institutions and their courses)."""

import pytest

from tests.training import conftest as training
from tests.workers import conftest as archive

counsellor = archive.counsellor
other_counsellor = archive.other_counsellor
supervisor = archive.supervisor
township = archive.township
make_worker = archive.make_worker
occupations = training.occupations
catalogue = training.catalogue


@pytest.fixture
def worker(make_worker, counsellor):
    return make_worker(counsellor=counsellor)


@pytest.fixture
def theirs(make_worker, other_counsellor):
    return make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)

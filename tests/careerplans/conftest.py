"""The worker archive's fixtures: staff of each role, a township and workers."""

from tests.workers.conftest import (  # noqa: F401
    counsellor,
    make_worker,
    other_counsellor,
    supervisor,
    township,
)

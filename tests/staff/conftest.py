from tests.workers.conftest import counsellor, supervisor  # noqa: F401

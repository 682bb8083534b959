import pytest

from enterprise.models import BusinessProject, SupportResource
from tests.workers.conftest import (  # noqa: F401  (fixtures)
    counsellor,
    make_worker,
    other_counsellor,
    supervisor,
    township,
)


@pytest.fixture
def loan(db):
    return SupportResource.objects.create(
        kind=SupportResource.Kind.FINANCE,
        name="创业担保贷款",
        provider="拉萨市就业服务局",
        conditions="返乡创业人员，个人最高30万元，财政贴息。",
    )


@pytest.fixture
def make_project(make_worker, counsellor):  # noqa: F811  (the fixtures imported above)
    def make(worker=None, **fields):
        worker = worker or make_worker(counsellor=counsellor)
        values = {"name": "藏式茶馆", "sector": "餐饮", **fields}
        return BusinessProject.objects.create(worker=worker, **values)

    return make

"""Fixtures of the jobs tests (clause 6.3.1), made through the real models. Other jobs tests may
use them:

- `township`: 德庆镇 (Dechen) in 达孜区 (Dazi District), with Tibetan names;
- `occupation`: 电工 (electrician, 6-31-01-03) with the groups above it;
- `employer`: an unverified employer in that township;
- `job_index`: the job index at /jobs/ and its Tibetan translation at /bo/jobs/, as
  {"zh": page, "bo": page}, on the `site` of tests/conftest.py.

Areas and townships are looked up by code first, so the fixtures also work when the regions
reference data is loaded.
"""

import pytest

from jobs.models import Employer, JobIndexPage
from occupations.models import Occupation
from regions.models import Area, Township
from tests.conftest import translate

EMPLOYER_CODE = "91540100MA6T123477"


@pytest.fixture
def township(db):
    area, _ = Area.objects.get_or_create(
        code="dazi",
        defaults={
            "kind": Area.Kind.DISTRICT,
            "name_zh": "达孜区",
            "name_bo": "སྟག་རྩེ་ཆུས།",
            "latitude": "29.66940",
            "longitude": "91.34960",
            "sort_order": 3,
        },
    )
    found, _ = Township.objects.get_or_create(
        code="dazi-deqing",
        defaults={
            "area": area,
            "kind": Township.Kind.TOWN,
            "name_zh": "德庆镇",
            "name_bo": "བདེ་ཆེན་གྲོང་རྡལ།",
            "latitude": "29.67100",
            "longitude": "91.35100",
        },
    )
    return found


@pytest.fixture
def occupation(db):
    parent = None
    for code, name_zh, name_bo in [
        ("6", "生产制造及有关人员", "ཐོན་སྐྱེད་བཟོ་སྐྲུན་དང་འབྲེལ་ཡོད་མི་སྣ།"),
        ("6-31", "生产辅助人员", "ཐོན་སྐྱེད་རོགས་རམ་མི་སྣ།"),
        ("6-31-01", "机械设备修理人员", "འཕྲུལ་ཆས་སྒྲིག་ཆས་ཉམས་གསོ་མི་སྣ།"),
        ("6-31-01-03", "电工", "གློག་བཟོ་བ།"),
    ]:
        parent = Occupation.objects.create(
            code=code, level=code.count("-") + 1, parent=parent, name_zh=name_zh, name_bo=name_bo
        )
    return parent


@pytest.fixture
def employer(township):
    return Employer.objects.create(
        name="拉萨市达孜区雪域建筑工程有限公司",
        credit_code=EMPLOYER_CODE,
        contact_person="次仁",
        phone="13908901234",
        township=township,
        address="德庆镇滨河路8号",
    )


@pytest.fixture
def job_index(site, tibetan):
    page = site["home"].add_child(
        instance=JobIndexPage(title="招聘岗位", slug="jobs", summary="拉萨市的招聘岗位。")
    )
    return {"zh": page, "bo": translate(page, tibetan, title="ལས་གནས།")}

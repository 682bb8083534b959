"""Fixtures of the complaints tests (clause 7.3), made through the real models: the departments
and categories come from the data migration.

- `category`: 服务态度 (service attitude), answered by the guidance department;
- `other_category`: 岗位信息 (job information), answered by another department;
- `officer`: a complaint officer of the guidance department, with an e-mail address;
- `other_officer`: a complaint officer of the job-information department;
- `supervisor`: a supervisor with an e-mail address;
- `make_complaint`: a complaint received in `category` unless told otherwise.
"""

import pytest

from complaints.models import Complaint, ComplaintCategory
from staff.roles import COMPLAINT_OFFICERS, SUPERVISORS
from tests.workers.conftest import make_worker, member_of, township  # noqa: F401

PHONE = "13900009001"


@pytest.fixture
def category(db):
    return ComplaintCategory.objects.get(name_zh="服务态度")


@pytest.fixture
def other_category(db):
    return ComplaintCategory.objects.get(name_zh="岗位信息")


@pytest.fixture
def officer(category):
    user = member_of(COMPLAINT_OFFICERS, "yangzom")
    category.department.members.add(user)
    return user


@pytest.fixture
def other_officer(other_category):
    user = member_of(COMPLAINT_OFFICERS, "norbu")
    other_category.department.members.add(user)
    return user


@pytest.fixture
def supervisor(db):
    return member_of(SUPERVISORS, "chief")


@pytest.fixture
def make_complaint(category):
    def make(**fields):
        values = {
            "category": category,
            "name": "次仁",
            "phone": PHONE,
            "what_happened": "窗口工作人员态度很差。",
            "wanted": "希望道歉。",
            **fields,
        }
        return Complaint.objects.create(**values)

    return make

"""The demo jobs (jobs/demo.py): at least 60 open jobs in every district and county, in Tibet
and outside, each with its Tibetan translation; some expired, some awaiting review (6.3.1)."""

import re

import pytest

from jobs.credit_code import is_valid
from jobs.models import Employer, JobPage
from regions.models import Area

pytestmark = pytest.mark.django_db

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
HAN = re.compile(r"[\u4E00-\u9FFF]")


def test_demo_jobs_in_every_area_and_both_languages(client, demo_database):
    chinese = JobPage.objects.open().filter(locale__language_code="zh-hans")
    tibetan = JobPage.objects.open().filter(locale__language_code="bo")
    assert chinese.count() >= 60
    assert set(tibetan.values_list("translation_key", flat=True)) == set(
        chinese.values_list("translation_key", flat=True)
    )
    assert set(chinese.values_list("township__area__code", flat=True)) == set(
        Area.objects.values_list("code", flat=True)
    )
    for job in tibetan.select_related("employer"):
        assert TIBETAN.search(job.title) and not HAN.search(job.title), job.title
        assert TIBETAN.search(job.working_hours), job.working_hours
    assert all(is_valid(employer.credit_code) for employer in Employer.objects.all())
    assert Employer.objects.filter(verified=False).exists()

    expired = JobPage.objects.live().exclude(pk__in=JobPage.objects.open().values("pk"))
    assert expired.filter(locale__language_code="zh-hans").count() >= 3
    awaiting = [job for job in JobPage.objects.filter(live=False) if job.workflow_in_progress]
    assert len(awaiting) >= 3

    response = client.get("/bo/jobs/?near=dazi-deqing")
    assert response.status_code == 200
    assert response.context["listing"].total == tibetan.count()

"""The caseload (issue 6): each worker has a responsible counsellor; counsellors see their own
workers and those of their service centre, supervisors every worker, other staff none. A worker
outside the caseload is neither listed nor opened by typing its address."""

import pytest
from django.urls import reverse

from staff.roles import COUNSELLORS, JOB_REVIEWERS
from tests.workers.conftest import member_of
from workers.models import Consent, Worker

pytestmark = pytest.mark.django_db

ONE_WORKER_VIEWS = ["inspect", "edit", "delete", "history"]


@pytest.fixture
def caseloads(make_worker, counsellor, other_counsellor, centres):
    return {
        "mine": make_worker(name="卓玛", counsellor=counsellor),
        "theirs": make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor),
        "centre": make_worker(name="央金", phone="13800000001", service_centre=centres),
    }


def listed(client, user):
    client.force_login(user)
    response = client.get(reverse("workers:index"))
    assert response.status_code == 200
    return {worker.name for worker in response.context["object_list"]}


def opens(client, user, worker, view):
    """ "opened", or "refused" when the admin sends the user to its dashboard, as Wagtail
    answers a denied permission."""
    client.force_login(user)
    response = client.get(reverse(f"workers:{view}", args=(worker.pk,)))
    if response.status_code == 200:
        return "opened"
    assert response.status_code == 302, response.status_code
    assert response["Location"] in (reverse("wagtailadmin_home"), reverse("wagtailadmin_login"))
    return "refused"


def test_a_counsellor_lists_only_their_caseload(client, caseloads, counsellor):
    assert listed(client, counsellor) == {"卓玛"}


def test_a_counsellor_sees_the_workers_of_their_service_centre(client, caseloads, centres):
    colleague = member_of(COUNSELLORS, "lhamo", centre=centres)
    assert listed(client, colleague) == {"央金"}


def test_a_supervisor_sees_every_worker(client, caseloads, supervisor):
    assert listed(client, supervisor) == {"卓玛", "扎西", "央金"}


@pytest.mark.parametrize("view", ONE_WORKER_VIEWS)
def test_another_counsellors_worker_is_refused_at_every_address(
    client, caseloads, counsellor, view
):
    assert opens(client, counsellor, caseloads["theirs"], view) == "refused"
    if view != "delete":  # counsellors may not delete at all
        assert opens(client, counsellor, caseloads["mine"], view) == "opened"


def test_a_counsellor_cannot_save_another_counsellors_worker(client, caseloads, counsellor):
    client.force_login(counsellor)
    worker = caseloads["theirs"]
    response = client.post(reverse("workers:edit", args=(worker.pk,)), {"name": "改名"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert Worker.objects.get(pk=worker.pk).name == "扎西"


def test_staff_without_the_archive_permissions_see_nothing(client, caseloads):
    reviewer = member_of(JOB_REVIEWERS, "reviewer")
    client.force_login(reviewer)
    assert client.get(reverse("workers:index"))["Location"] == reverse("wagtailadmin_home")
    assert Worker.objects.visible_to(reviewer).count() == 0
    assert opens(client, reviewer, caseloads["mine"], "inspect") == "refused"


def test_the_worker_page_shows_the_groups_and_the_timeline(client, caseloads, counsellor):
    worker = caseloads["mine"]
    Consent.objects.create(worker=worker, purpose="service", channel="paper", taken_by=counsellor)
    client.force_login(counsellor)
    response = client.get(reverse("workers:inspect", args=(worker.pk,)))
    content = response.content.decode()
    assert "13908912345" in content
    # Newest first: the record was opened today after the consent of today was signed.
    assert content.index("建立档案") < content.index("同意授权: 职业指导：为服务本人保存此档案")
    assert "妇女" in content  # derived from the gender

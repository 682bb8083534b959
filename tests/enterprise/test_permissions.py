"""Who keeps entrepreneurship guidance (clauses 6.4, 4.4.1(3), 4.4.1(5)): counsellors keep
projects of their caseload and the resource directory; only supervisors set the risk rules;
another counsellor's worker's project is neither listed nor opened nor saved."""

import pytest
from django.urls import reverse

from enterprise.models import BusinessProject, RiskRule, SupportResource
from staff.roles import JOB_REVIEWERS
from tests.enterprise.test_projects import project_data
from tests.workers.conftest import member_of

pytestmark = pytest.mark.django_db

ONE_PROJECT_VIEWS = ["inspect", "edit", "history"]


def refused(response):
    """Wagtail sends a user without permission to the admin's home page."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


RULE = {
    "answer": "market_evidence",
    "comparison": "is_false",
    "threshold": "",
    "points": "20",
    "warning_zh": "尚未做市场调查。",
    "warning_bo": "ཁྲོམ་རའི་ཞིབ་འཇུག་བྱས་མེད།",
    "active": "on",
}

RESOURCE = {
    "kind": "venue",
    "name": "城关区返乡创业孵化园",
    "provider": "城关区人社局",
    "area": "",
    "conditions": "免租金一年。",
    "contact": "0891-6000001",
    "valid_until": "2027-12-31",
    "active": "on",
}


def test_a_counsellor_reads_the_risk_rules_but_cannot_change_them(client, counsellor):
    """4.4.1(5): the rules are the supervisors' to set."""
    rule = RiskRule.objects.get(answer="market_evidence")
    client.force_login(counsellor)
    assert client.get(reverse("risk_rules:index")).status_code == 200
    assert refused(client.get(reverse("risk_rules:edit", args=(rule.pk,))))
    response = client.post(reverse("risk_rules:edit", args=(rule.pk,)), {**RULE, "points": "1"})
    assert refused(response)
    assert RiskRule.objects.get(pk=rule.pk).points == 20
    assert refused(client.post(reverse("risk_rules:add"), RULE))
    assert RiskRule.objects.count() == 8


def test_a_supervisor_adds_a_risk_rule(client, supervisor):
    client.force_login(supervisor)
    data = {**RULE, "answer": "planned_debt", "comparison": "greater_than", "threshold": "300000"}
    assert client.post(reverse("risk_rules:add"), data).status_code == 302
    assert RiskRule.objects.filter(answer="planned_debt", threshold=300000).exists()


@pytest.mark.parametrize("user", ["counsellor", "supervisor"])
def test_counsellors_and_supervisors_keep_the_resource_directory(client, request, user):
    """4.4.1(3), 6.4.3: staff keep the directory of loans, venues, cooperatives, tax relief."""
    client.force_login(request.getfixturevalue(user))
    response = client.post(reverse("support_resources:add"), RESOURCE)
    assert response.status_code == 302, response.context["form"].errors
    resource = SupportResource.objects.get()
    response = client.post(
        reverse("support_resources:edit", args=(resource.pk,)), {**RESOURCE, "active": ""}
    )
    assert response.status_code == 302
    assert not SupportResource.objects.get().active


def test_other_staff_do_not_see_entrepreneurship_guidance(client, loan, make_project):
    reviewer = member_of(JOB_REVIEWERS, "reviewer")
    client.force_login(reviewer)
    assert refused(client.get(reverse("support_resources:index")))
    assert refused(client.get(reverse("business_projects:index")))
    assert refused(client.get(reverse("risk_rules:index")))


@pytest.mark.parametrize("view", ONE_PROJECT_VIEWS)
def test_another_counsellors_workers_project_is_refused(
    client, counsellor, other_counsellor, make_worker, make_project, view
):
    """Caseload (issue 6): a project is seen only by those who may see its worker."""
    theirs = make_project(
        make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)
    )
    mine = make_project(name="牦牛肉干加工")
    client.force_login(counsellor)
    assert refused(client.get(reverse(f"business_projects:{view}", args=(theirs.pk,))))
    response = client.get(reverse(f"business_projects:{view}", args=(mine.pk,)))
    assert response.status_code == 200
    listed = client.get(reverse("business_projects:index")).context["object_list"]
    assert list(listed) == [mine]


def test_a_counsellor_cannot_save_a_project_for_another_counsellors_worker(
    client, counsellor, other_counsellor, make_worker, make_project
):
    theirs = make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)
    project = make_project(theirs)
    client.force_login(counsellor)
    response = client.post(
        reverse("business_projects:edit", args=(project.pk,)), project_data(theirs, name="改名")
    )
    assert refused(response)
    assert BusinessProject.objects.get(pk=project.pk).name == "藏式茶馆"
    response = client.post(reverse("business_projects:add"), project_data(theirs))
    assert "worker" in response.context["form"].errors
    assert BusinessProject.objects.count() == 1

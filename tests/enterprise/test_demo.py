"""The demo entrepreneurship guidance (enterprise/demo.py): eight support resources and three
business projects with different risk scores, budgets and referrals (6.4, 4.4.1(3), 4.4.1(5))."""

import pytest

from enterprise.models import BusinessProject, SupportResource

pytestmark = pytest.mark.django_db


def test_three_projects_with_different_risks_budgets_and_referrals(demo_database):
    """4.4.1(5): the checklists score low, medium and high risk; 6.4.2: each has a budget with
    start-up costs, monthly costs and revenue; 6.4.3: each was referred to a resource that was
    valid on the day. 4.4.1(3): the directory has about eight current resources of every kind."""
    resources = SupportResource.objects.all()
    assert 6 <= resources.count() <= 10
    assert set(resources.values_list("kind", flat=True)) == set(SupportResource.Kind.values)
    assert resources.current().count() == resources.count()
    assert all("示例" in resource.name for resource in resources)

    projects = list(BusinessProject.objects.select_related("worker"))
    assert len(projects) == 3
    scores = sorted(project.feasibility().score for project in projects)
    assert scores[0] < 30 and 30 <= scores[1] < 60 and scores[2] >= 60
    for project in projects:
        assert project.worker.intention == "business"
        kinds = {line.kind for line in project.budget_lines.all()}
        assert kinds == {"startup", "monthly_cost", "monthly_revenue"}
        (referral,) = project.referrals.all()
        assert not referral.resource.expired_on(referral.referred_on)
        referral.full_clean()
        project.full_clean()

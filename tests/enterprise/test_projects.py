"""Business projects in the back office (clauses 6.4.1–6.4.3, 4.4.1(5)): counsellors record a
project with its feasibility checklist, business plan and referrals for a worker of their
caseload; the project page shows the risk score, the named warnings and the budget's totals."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from enterprise.models import BudgetLine, BusinessProject, Referral, RiskRule, SupportResource
from regions.models import Area
from workers.timeline import timeline

pytestmark = pytest.mark.django_db


def project_data(worker, **fields):
    data = {
        "worker": worker.pk,
        "name": "藏式茶馆",
        "sector": "餐饮",
        "occupation_group": "",
        "stage": "preparing",
        "started_on": "",
        "market_evidence": "false",
        "own_funds": "20000",
        "planned_debt": "100000",
        "monthly_costs": "6000",
        "monthly_revenue": "9000",
        "licence_needed": "true",
        "licence_applied": "true",
        "trade_experience": "3",
        "premises_secured": "true",
        "family_support": "true",
        "positioning": "八廓街游客与本地居民的甜茶、藏面。",
        "operating_model": "夫妻二人经营，租店面。",
        "budget_lines": inline_formset(
            [
                {"item": "装修", "kind": "startup", "amount": "30000"},
                {"item": "房租", "kind": "monthly_cost", "amount": "2000"},
                {"item": "甜茶与藏面", "kind": "monthly_revenue", "amount": "5000"},
            ]
        ),
        "referrals": inline_formset([]),
        **fields,
    }
    return nested_form_data(data)


def referral(resource, **fields):
    return {
        "resource": resource.pk,
        "referred_on": "2026-10-08",
        "outcome": "pending",
        "decided_on": "",
        "amount_approved": "",
        "notes": "",
        **fields,
    }


def page(client, project):
    response = client.get(reverse("business_projects:inspect", args=(project.pk,)))
    assert response.status_code == 200
    return response


def test_a_counsellor_records_a_project_and_sees_its_risks(client, counsellor, make_worker, loan):
    """6.4.2, 4.4.1(5): the checklist is scored and the warnings named on the project page."""
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    data = project_data(worker, referrals=inline_formset([referral(loan)]))
    response = client.post(reverse("business_projects:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    project = BusinessProject.objects.get()
    assert project.worker == worker and project.referrals.get().resource == loan
    response = page(client, project)
    # No market evidence (20) and debt of 5 times the own funds (20).
    assert response.context["feasibility"].score == 40
    content = response.content.decode()
    assert "尚未做市场调查" in content and "计划借款超过自有资金的3倍" in content
    assert "ཁྲོམ་རའི་ཞིབ་འཇུག་བྱས་མེད།" in content  # read to the worker in Tibetan
    assert "经营场地尚未落实" not in content


def test_the_worker_page_offers_to_record_a_business_project(client, counsellor, make_worker):
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    response = client.get(reverse("workers:inspect", args=(worker.pk,)))
    assert f"{reverse('business_projects:add')}?worker={worker.pk}" in response.content.decode()


def test_a_supervisor_changes_a_rule_and_the_projects_warnings_change(
    client, supervisor, make_project
):
    """4.4.1(5): the rules are data; editing one changes every project's result."""
    project = make_project(trade_experience=2)
    client.force_login(supervisor)
    experience = RiskRule.objects.get(answer="trade_experience")
    assert experience not in project.feasibility().triggered
    assert "在该行业没有从业经验" not in page(client, project).content.decode()

    response = client.post(
        reverse("risk_rules:edit", args=(experience.pk,)),
        {
            "answer": "trade_experience",
            "comparison": "less_than",
            "threshold": "3",
            "points": "30",
            "warning_zh": "在该行业经验不足三年。",
            "warning_bo": "ལས་རིགས་འདིའི་ནང་ལས་ཀའི་ཉམས་མྱོང་ལོ་གསུམ་མ་ཚང་།",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    response = page(client, project)
    assert "在该行业经验不足三年" in response.content.decode()
    assert response.context["feasibility"].score == 30

    RiskRule.objects.filter(pk=experience.pk).update(active=False)
    assert page(client, project).context["feasibility"].score == 0


@pytest.mark.parametrize(
    "lines, totals",
    [
        (
            [
                ("startup", 30000),
                ("startup", 1000),
                ("monthly_cost", 2000),
                ("monthly_revenue", 5000),
            ],
            (31000, 2000, 5000, 3000, 11),  # 31000 ÷ 3000 = 10.3: the 11th month pays it back
        ),
        ([("startup", 30000), ("monthly_cost", 2000)], (30000, 2000, 0, -2000, None)),
        ([("startup", 8000), ("monthly_revenue", 0)], (8000, 0, 0, 0, None)),
        ([("monthly_cost", 500), ("monthly_revenue", 800)], (0, 500, 800, 300, 0)),
        ([], (0, 0, 0, 0, 0)),
    ],
)
def test_the_budget_totals_are_computed_even_without_revenue(make_project, lines, totals):
    """6.4.2: start-up total, monthly costs and revenue, margin and months to recover; no
    revenue is no division by zero but a cost that is never recovered."""
    project = make_project()
    for kind, amount in lines:
        BudgetLine.objects.create(project=project, item="项", kind=kind, amount=amount)
    assert (
        project.startup_total,
        project.monthly_costs_total,
        project.monthly_revenue_total,
        project.monthly_margin,
        project.months_to_recover,
    ) == totals


def test_the_project_page_says_when_the_start_up_cost_is_never_recovered(
    client, counsellor, make_project
):
    project = make_project()
    BudgetLine.objects.create(project=project, item="设备", kind="startup", amount=30000)
    BudgetLine.objects.create(project=project, item="房租", kind="monthly_cost", amount=2000)
    client.force_login(counsellor)
    content = page(client, project).content.decode()
    assert "30000" in content and "-2000" in content
    assert "按此利润永远收不回" in content


def test_referrals_and_their_outcomes_are_on_the_workers_timeline(
    client, counsellor, make_project, loan
):
    """6.4.3: the worker's timeline tells where they were referred and what came of it."""
    project = make_project()
    Referral.objects.create(
        project=project,
        resource=loan,
        referred_on="2026-10-08",
        outcome="approved",
        decided_on="2026-11-02",
        amount_approved=100000,
    )
    Referral.objects.create(
        project=project,
        resource=loan,
        referred_on="2026-10-09",
        outcome="refused",
        decided_on="2026-10-20",
    )
    Referral.objects.create(project=project, resource=loan, referred_on="2026-11-10")
    entries = [(str(entry.when), str(entry.what)) for entry in timeline(project.worker)]
    assert ("2026-11-02", "转介获批") in entries
    assert ("2026-10-20", "转介未获批") in entries
    assert [what for when, what in entries].count("转介至创业扶持资源") == 3
    client.force_login(counsellor)
    content = client.get(reverse("workers:inspect", args=(project.worker.pk,))).content.decode()
    assert "创业担保贷款，100000元" in content


def test_the_project_page_lists_the_current_resources_open_to_the_worker(
    client, counsellor, make_project, loan, township
):
    """4.4.1(3): the directory is searched for what the worker can use now, where they live."""

    def resource(name, **fields):
        values = {"kind": "venue", "provider": "人社局", **fields}
        return SupportResource.objects.create(name=name, **values)

    resource("达孜区创业孵化园", area=township.area)
    resource("城关区创业孵化园", area=Area.objects.get(code="chengguan"))
    resource("已到期的场地补贴", valid_until=datetime.date(2020, 12, 31))
    resource("已停用的合作社", kind="cooperative", active=False)
    client.force_login(counsellor)
    response = page(client, make_project())
    listed = {found.name for found in response.context["open_resources"]}
    assert listed == {"创业担保贷款", "达孜区创业孵化园"}
    assert "全拉萨市" in response.content.decode()  # the loan is open to all of Lhasa

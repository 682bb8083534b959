"""Bad input is refused with a message and nothing is saved (clauses 6.4, 4.4.1(5))."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset

from enterprise.models import BusinessProject, Referral, RiskRule
from tests.enterprise.test_permissions import RULE
from tests.enterprise.test_projects import project_data, referral

pytestmark = pytest.mark.django_db


def errors_of(response):
    assert response.status_code == 200
    return response.context["form"].errors


def inline_errors(response, name):
    formset = response.context["form"].formsets[name]
    return [errors for errors in formset.errors if errors]


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"comparison": "greater_than", "threshold": "1"}, "comparison", "是或否的回答"),
        ({"answer": "own_funds", "comparison": "less_than", "threshold": ""}, "threshold", "比较"),
        ({"answer": "own_funds", "comparison": "is_false"}, "comparison", "数字"),
        ({"warning_bo": "尚未做市场调查。"}, "warning_bo", "藏文"),
        ({"warning_zh": "no market research"}, "warning_zh", "汉字"),
        ({"points": "0"}, "points", ""),
        ({"points": "101"}, "points", ""),
    ],
)
def test_a_wrong_risk_rule_is_refused(client, supervisor, fields, field, message):
    client.force_login(supervisor)
    response = client.post(reverse("risk_rules:add"), {**RULE, **fields})
    errors = errors_of(response)
    assert message in str(errors[field])
    assert RiskRule.objects.count() == 8


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"sector": "", "occupation_group": ""}, "sector", "行业"),
        ({"stage": "started", "started_on": ""}, "started_on", "开业"),
        ({"started_on": "2099-01-01"}, "started_on", "今天"),
        ({"own_funds": "-5"}, "own_funds", ""),
        ({"trade_experience": "三年"}, "trade_experience", ""),
    ],
)
def test_a_wrong_project_is_refused(client, counsellor, make_worker, fields, field, message):
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    response = client.post(reverse("business_projects:add"), project_data(worker, **fields))
    assert message in str(errors_of(response)[field])
    assert not BusinessProject.objects.exists()


def test_a_negative_budget_amount_is_refused(client, counsellor, make_worker):
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    lines = inline_formset([{"item": "房租", "kind": "monthly_cost", "amount": "-2000"}])
    response = client.post(
        reverse("business_projects:add"), project_data(worker, budget_lines=lines)
    )
    assert "amount" in inline_errors(response, "budget_lines")[0]
    assert not BusinessProject.objects.exists()


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"outcome": "approved"}, "decided_on", "结果"),
        ({"outcome": "refused", "decided_on": "2026-10-01"}, "decided_on", "转介之前"),
        ({"amount_approved": "50000"}, "amount_approved", "获批"),
    ],
)
def test_a_wrong_referral_is_refused(client, counsellor, make_worker, loan, fields, field, message):
    """6.4.3: an outcome has a date; only an approved referral has an amount."""
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    data = project_data(worker, referrals=inline_formset([referral(loan, **fields)]))
    response = client.post(reverse("business_projects:add"), data)
    assert message in str(inline_errors(response, "referrals")[0][field])
    assert not BusinessProject.objects.exists()


def test_a_referral_to_an_expired_resource_is_refused(client, counsellor, make_worker, loan):
    loan.valid_until = datetime.date(2026, 9, 30)
    loan.save()
    worker = make_worker(counsellor=counsellor)
    client.force_login(counsellor)
    data = project_data(worker, referrals=inline_formset([referral(loan)]))
    response = client.post(reverse("business_projects:add"), data)
    assert "不再有效" in str(inline_errors(response, "referrals")[0]["resource"])
    assert not BusinessProject.objects.exists()


def test_a_new_referral_to_a_withdrawn_resource_is_refused_but_old_ones_stay(
    client, counsellor, make_worker, make_project, loan
):
    """6.4.3: staff refer only to what is still offered; past referrals keep their record."""
    project = make_project()
    Referral.objects.create(project=project, resource=loan, referred_on="2026-10-08")
    loan.active = False
    loan.save()
    client.force_login(counsellor)
    old = referral(loan, id=project.referrals.get().pk, outcome="not_pursued")
    old["decided_on"] = "2026-10-30"
    url = reverse("business_projects:edit", args=(project.pk,))
    data = project_data(project.worker, referrals=inline_formset([old], initial=1))
    assert client.post(url, data).status_code == 302
    assert project.referrals.get().outcome == "not_pursued"

    data = project_data(project.worker, referrals=inline_formset([old, referral(loan)], initial=1))
    response = client.post(url, data)
    assert "不再提供" in str(inline_errors(response, "referrals")[0]["resource"])
    assert project.referrals.count() == 1

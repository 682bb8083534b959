"""Career plans (clauses 6.1.2 and 6.1.3): the five parts of a plan, versions that never
overwrite each other, comparing them, and recording delivery to the worker."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from careerplans.models import CareerPlan, PlanDelivery, PlanVersion

pytestmark = pytest.mark.django_db

STEPS = [
    {"what": "参加电工培训", "due_on": "2026-12-15", "status": "planned"},
    {"what": "考取低压电工证", "due_on": "2027-03-01", "status": "planned"},
]


def plan_data(worker=None, steps=STEPS, **fields):
    data = {
        "self_awareness": "ང་ལག་རྩལ་ལ་དགའ། 喜欢动手，做过三年钢筋工，普通话说得不太好。",
        "local_industry": "达孜区工业园区招电工，要求有上岗证。",
        "employment_goal": "一年内在达孜区做持证电工。",
        "development_path": "先培训，再考证，然后由服务站推荐岗位。",
        "reason_for_change": "",
        "steps": inline_formset(steps),
        **fields,
    }
    if worker is not None:
        data["worker"] = worker.pk
    return nested_form_data(data)


@pytest.fixture
def worker(make_worker, counsellor):
    return make_worker(counsellor=counsellor)


@pytest.fixture
def first(client, counsellor, worker):
    client.force_login(counsellor)
    response = client.post(reverse("careerplans:add"), plan_data(worker))
    assert response.status_code == 302, response.context["form"].errors
    return PlanVersion.objects.get()


def new_version(client, version, **fields):
    return client.post(reverse("careerplans:edit", args=(version.pk,)), plan_data(**fields))


def test_a_plan_is_written_as_version_1_by_its_counsellor(first, counsellor, worker):
    """6.1.2: the plan of a worker with its parts and phased action steps."""
    assert first.plan.worker == worker and first.number == 1
    assert first.author == counsellor
    assert [step.what for step in first.steps.all()] == ["参加电工培训", "考取低压电工证"]


@pytest.mark.parametrize(
    "part", ["self_awareness", "local_industry", "employment_goal", "development_path"]
)
def test_each_part_of_the_plan_is_required(client, counsellor, worker, part):
    """6.1.2: self-analysis, local industry, goal and path are all required."""
    client.force_login(counsellor)
    response = client.post(reverse("careerplans:add"), plan_data(worker, **{part: "  "}))
    assert response.status_code == 200
    assert part in response.context["form"].errors
    assert not CareerPlan.objects.exists()


def test_a_plan_needs_at_least_one_action_step(client, counsellor, worker):
    """6.1.2: the fifth part, the phased actions, is required too."""
    client.force_login(counsellor)
    response = client.post(reverse("careerplans:add"), plan_data(worker, steps=[]))
    assert response.status_code == 200
    assert response.context["form"].formsets["steps"].non_form_errors()
    assert not PlanVersion.objects.exists()


def test_a_change_makes_version_2_and_leaves_version_1_as_it_was(client, first):
    """6.1.3: saving a changed plan adds a version carrying its reason; version 1 stands."""
    steps = [
        {"what": "参加电工培训", "due_on": "2026-12-15", "status": "done"},
        {"what": "到达孜工业园区面试", "due_on": "2027-01-10", "status": "planned"},
    ]
    response = new_version(
        client,
        first,
        employment_goal="半年内在达孜区做电工学徒。",
        reason_for_change="已完成培训，园区有学徒岗位。",
        steps=steps,
    )
    assert response.status_code == 302, response.context["form"].errors
    second = PlanVersion.objects.get(number=2)
    assert response["Location"] == reverse("careerplans:inspect", args=(second.pk,))
    assert second.plan == first.plan
    assert second.reason_for_change == "已完成培训，园区有学徒岗位。"
    assert [(s.what, s.status) for s in second.steps.all()] == [
        ("参加电工培训", "done"),
        ("到达孜工业园区面试", "planned"),
    ]
    first.refresh_from_db()
    assert first.employment_goal == "一年内在达孜区做持证电工。"
    assert [(s.what, s.status) for s in first.steps.all()] == [
        ("参加电工培训", "planned"),
        ("考取低压电工证", "planned"),
    ]


def test_the_new_version_form_starts_from_the_version_it_comes_from(client, first):
    response = client.get(reverse("careerplans:edit", args=(first.pk,)))
    form = response.context["form"]
    assert form.initial["employment_goal"] == first.employment_goal
    assert form["worker"].value() == first.plan.worker_id and form.fields["worker"].disabled
    assert [f.initial["what"] for f in form.formsets["steps"].forms] == [s["what"] for s in STEPS]


def test_a_new_version_needs_its_reason(client, first):
    """6.1.3: a revision says why."""
    response = new_version(client, first, employment_goal="改了", reason_for_change=" ")
    assert response.status_code == 200
    assert "reason_for_change" in response.context["form"].errors
    assert PlanVersion.objects.count() == 1


def test_a_second_plan_for_the_same_worker_becomes_a_new_version(client, first, worker):
    """Writing a plan for a worker who has one opens the next version of it."""
    response = client.get(f"{reverse('careerplans:add')}?worker={worker.pk}")
    assert response["Location"] == reverse("careerplans:edit", args=(first.pk,))
    refused = client.post(reverse("careerplans:add"), plan_data(worker))
    assert "worker" in refused.context["form"].errors
    assert CareerPlan.objects.count() == 1 and PlanVersion.objects.count() == 1


def test_the_compare_view_shows_what_changed(client, first):
    """6.1.3: the revision is tracked: parts and steps changed, added and removed."""
    steps = [
        {"what": "参加电工培训", "due_on": "2026-12-15", "status": "done"},
        {"what": "到达孜工业园区面试", "due_on": "2027-01-10", "status": "planned"},
    ]
    new_version(
        client, first, employment_goal="做电工学徒。", reason_for_change="培训已完成。", steps=steps
    )
    second = PlanVersion.objects.get(number=2)
    response = client.get(reverse("careerplans:compare", args=(second.pk,)))
    assert response.status_code == 200
    changes = response.context["changes"]
    assert {str(change.label) for change in changes["parts"]} == {"就业目标", "变更原因"}
    assert sorted((c.kind, (c.after or c.before).what) for c in changes["steps"]) == [
        ("added", "到达孜工业园区面试"),
        ("changed", "参加电工培训"),
        ("removed", "考取低压电工证"),
    ]
    page = response.content.decode()
    assert "一年内在达孜区做持证电工。" in page and "做电工学徒。" in page
    same = client.get(reverse("careerplans:compare", args=(first.pk,)) + f"?with={second.pk}")
    assert same.context["older"] == first and same.context["newer"] == second


def test_the_version_page_offers_the_pdf_the_comparison_and_a_new_version(client, first):
    listed = client.get(reverse("careerplans:index"))
    assert list(listed.context["object_list"]) == [first]
    assert "一年内在达孜区做持证电工。" in listed.content.decode()
    page = client.get(reverse("careerplans:inspect", args=(first.pk,))).content.decode()
    assert reverse("careerplans:pdf", args=(first.pk,)) in page
    assert reverse("careerplans:edit", args=(first.pk,)) in page
    assert "以此版本为基础新建版本" in page
    assert reverse("careerplans:compare", args=(first.pk,)) not in page  # nothing before it


def test_a_delivery_is_recorded(client, first, counsellor):
    """6.1.3: the plan is delivered to the worker in writing or electronically."""
    url = reverse("careerplans:deliver", args=(first.pk,))
    response = client.post(url, {"delivered_on": "2026-11-27", "how": "printed"})
    assert response["Location"] == reverse("careerplans:inspect", args=(first.pk,))
    delivery = PlanDelivery.objects.get()
    assert (delivery.version, delivery.how, delivery.delivered_by) == (first, "printed", counsellor)
    page = client.get(reverse("careerplans:inspect", args=(first.pk,))).content.decode()
    assert "2026-11-27 · 打印后当面交给本人" in page


def test_a_delivery_with_bad_input_is_refused_with_a_message(client, first):
    response = client.post(
        reverse("careerplans:deliver", args=(first.pk,)),
        {"delivered_on": "昨天", "how": "fax"},
        follow=True,
    )
    assert response.status_code == 200
    assert not PlanDelivery.objects.exists()
    assert any("未记录" in str(message) for message in response.context["messages"])


def test_the_worker_page_links_to_the_plan_and_lists_its_versions(client, first, worker):
    page = client.get(reverse("workers:inspect", args=(worker.pk,)))
    assert f"{reverse('careerplans:add')}?worker={worker.pk}" in page.content.decode()
    urls = [entry.url for entry in page.context["timeline"]]
    assert reverse("careerplans:inspect", args=(first.pk,)) in urls


def test_another_counsellors_worker_is_refused(client, first, other_counsellor, make_worker):
    """Issue 6, caseload: no plan of, nor for, a worker outside one's caseload."""
    client.force_login(other_counsellor)
    for view in ["inspect", "edit", "compare", "pdf", "delete", "history"]:
        response = client.get(reverse(f"careerplans:{view}", args=(first.pk,)))
        assert response.status_code == 302, view
        assert response["Location"] == reverse("wagtailadmin_home"), view
    assert new_version(client, first, reason_for_change="x").status_code == 302
    assert PlanVersion.objects.count() == 1
    client.post(reverse("careerplans:deliver", args=(first.pk,)), {"how": "printed"})
    assert not PlanDelivery.objects.exists()
    assert client.get(reverse("careerplans:index")).context["object_list"].count() == 0
    response = client.post(reverse("careerplans:add"), plan_data(first.plan.worker))
    assert "worker" in response.context["form"].errors


def test_a_new_version_stays_with_the_worker_of_its_plan(client, first, make_worker, counsellor):
    """The worker of a plan is not changed by a new version, whatever the form sends."""
    another = make_worker(name="央金", phone="13800000002", counsellor=counsellor)
    response = new_version(client, first, reason_for_change="更新", worker=another)
    assert response.status_code == 302
    second = PlanVersion.objects.get(number=2)
    assert second.worker == first.worker == second.plan.worker
    assert not another.career_plans.exists()


def test_the_first_plan_form_opens_for_the_worker_named(client, counsellor, worker):
    client.force_login(counsellor)
    response = client.get(f"{reverse('careerplans:add')}?worker={worker.pk}")
    assert response.status_code == 200
    assert response.context["form"].initial["worker"] == str(worker.pk)
    assert not response.context["form"].fields["worker"].disabled

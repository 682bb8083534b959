"""Reviewing jobs before they go public (clause 6.3.1): the job review workflow, the reason a
reviewer must give when asking for changes, and the warnings reviewers see in the editor."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import TaskState, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from jobs.models import JobIndexPage, JobPage, JobReviewTask
from jobs.review.warnings import (
    AGE_LIMIT,
    CHILD_LABOUR,
    ETHNICITY,
    FAMILY,
    HEALTH,
    HUKOU,
    REASONS,
    SEX,
    discrimination_warnings,
)
from jobs.review.workflow import WORKFLOW_NAME, ensure_job_review
from portal.dates import lhasa_today
from staff.roles import EDITORS, JOB_REVIEWERS

# A job page needs its content type and locale even unsaved.
pytestmark = pytest.mark.django_db

REASON = "工资下限低于最低工资标准，请调整后重新提交。"


def member_of(role, name):
    user = User.objects.create_user(name, f"{name}@example.com", "correct-horse-battery")
    user.groups.add(Group.objects.get(name=role))
    return user


def make_job(index, **fields):
    """A draft job below `index`, saved with a revision, as staff or the public form make it."""
    values = {
        "title": "达孜区德庆镇招聘电工",
        "slug": "dazi-electrician",
        "wage_min": 5000,
        "wage_max": 6500,
        "working_hours": "每天8小时，周末双休",
        "closing_date": lhasa_today() + datetime.timedelta(days=30),
        "description": "<p>负责厂区低压配电维护。</p>",
        "how_to_apply": "<p>电话联系次仁。</p>",
        "live": False,
        **fields,
    }
    job = index.add_child(instance=JobPage(**values))
    job.save_revision()
    return job


@pytest.fixture
def editor(db):
    return member_of(EDITORS, "editor")


@pytest.fixture
def reviewer(db):
    return member_of(JOB_REVIEWERS, "reviewer")


@pytest.fixture
def submitted(job_index, employer, occupation, township, editor):
    """A job an editor has submitted to review."""
    job = make_job(job_index["zh"], employer=employer, occupation=occupation, township=township)
    job.get_workflow().start(job, editor)
    return job


def act(client, job, action, **data):
    task_state = job.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(job.pk, action, task_state.pk))
    return client.post(url, data, headers={"x-requested-with": "XMLHttpRequest"})


def test_jobs_below_every_job_index_go_through_job_review(site, job_index, submitted):
    """6.3.1: jobs are reviewed before they are published, in both language trees."""
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert [task.specific.__class__ for task in workflow.tasks] == [JobReviewTask]
    assert list(workflow.tasks.get().specific.groups.values_list("name", flat=True)) == [
        JOB_REVIEWERS
    ]
    assert job_index["zh"].get_workflow() == workflow
    assert job_index["bo"].get_workflow() == workflow
    assert submitted.get_workflow() == workflow
    assert submitted.current_workflow_task.specific.__class__ is JobReviewTask
    assert site["process"].get_workflow() != workflow


def test_job_review_is_made_again_if_staff_deleted_it(job_index):
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    JobReviewTask.objects.all().delete()
    fallback = JobIndexPage.objects.get(pk=job_index["zh"].pk).get_workflow()
    assert getattr(fallback, "name", None) != WORKFLOW_NAME

    ensure_job_review(job_index["zh"])

    workflow = JobIndexPage.objects.get(pk=job_index["zh"].pk).get_workflow()
    assert workflow.name == WORKFLOW_NAME
    assert list(workflow.tasks.get().specific.groups.values_list("name", flat=True)) == [
        JOB_REVIEWERS
    ]


def test_reviewers_publish_jobs_but_no_other_page(site, job_index, submitted, reviewer):
    """6.3.1: job reviewers decide on jobs, and only on jobs."""
    assert submitted.permissions_for_user(reviewer).can_publish()
    assert job_index["bo"].permissions_for_user(reviewer).can_publish_subpage()
    for page in (site["process"], site["home"], site["bo_disclosures"]):
        assert not page.permissions_for_user(reviewer).can_publish(), page
        assert not page.permissions_for_user(reviewer).can_edit(), page


def test_a_reviewer_approves_and_the_job_goes_live(client, submitted, reviewer):
    """6.3.1: approval publishes the job, and it is open to workers."""
    client.force_login(reviewer)
    response = act(client, submitted, "approve")
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    job = JobPage.objects.get(pk=submitted.pk)
    assert job.live
    assert job in JobPage.objects.open()
    assert job.workflow_states.get().status == WorkflowState.STATUS_APPROVED


def test_others_cannot_act_on_a_job_review(client, submitted, editor):
    client.force_login(editor)
    act(client, submitted, "approve")
    assert not JobPage.objects.get(pk=submitted.pk).live
    assert submitted.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_requesting_changes_without_a_reason_is_refused(client, submitted, reviewer):
    """6.3.1: a job is sent back only with a reason the submitter can act on."""
    client.force_login(reviewer)
    response = act(client, submitted, "reject", comment="  ")
    assert "请填写理由，以便提交人知道需要修改什么。" in response.json()["html"]
    assert submitted.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS

    # The editor's action menu posts the collected data straight to the task.
    task = submitted.current_workflow_task.specific
    with pytest.raises(PermissionDenied):
        task.on_action(submitted.current_workflow_task_state, reviewer, "reject")
    assert submitted.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_reason_is_kept_shown_and_mailed_to_the_submitter(client, submitted, reviewer, editor):
    """6.3.1: the submitter sees why the job was sent back, in the admin and by mail."""
    client.force_login(reviewer)
    response = act(client, submitted, "reject", comment=REASON)
    assert response.json()["step"] == "success"

    job = JobPage.objects.get(pk=submitted.pk)
    assert not job.live
    state = job.workflow_states.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.requested_by == editor
    assert state.current_task_state.status == TaskState.STATUS_REJECTED
    assert state.current_task_state.comment == REASON

    client.force_login(editor)
    history = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=(job.pk, state.pk))
    )
    assert history.status_code == 200
    assert REASON in history.content.decode()
    log = client.get(reverse("wagtailadmin_pages:history", args=(job.pk,)))
    assert REASON in log.content.decode()
    assert [message.to for message in mail.outbox if REASON in message.body] == [
        ["editor@example.com"]
    ]


def test_the_reason_for_a_job_from_the_public_form_stays_in_its_history(
    admin_client, job_index, employer, occupation, township, reviewer
):
    """A job sent by the public form has no submitter in the admin: the reason is kept for the
    staff who call the employer back."""
    job = make_job(job_index["zh"], employer=employer, occupation=occupation, township=township)
    job.get_workflow().start(job, user=None)
    task_state = job.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject", comment=REASON)

    state = job.workflow_states.get()
    assert state.requested_by is None
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    history = admin_client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=(job.pk, state.pk))
    )
    assert REASON in history.content.decode()


def posting(text, field="description"):
    return JobPage(**{"title": "招聘", field: text})


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("限男性，能吃苦耐劳", SEX, "限男"),
        ("仅限女性", SEX, "仅限女"),
        ("只招男工，包吃住", SEX, "只招男"),
        ("女性勿扰", SEX, "女性勿扰"),
        ("男性优先", SEX, "男性优先"),
        ("谢绝女士", SEX, "谢绝女"),
        ("性别：男", SEX, "性别：男"),
        ("སྐྱེས་པ་ཁོ་ན་དགོས།", SEX, "སྐྱེས་པ་ཁོ་ན"),
        ("བུད་མེད་མི་དགོས།", SEX, "བུད་མེད་མི་དགོས"),
        ("限汉族", ETHNICITY, "限汉族"),
        ("限藏族", ETHNICITY, "限藏族"),
        ("只招藏族员工", ETHNICITY, "只招藏族"),
        ("汉族优先", ETHNICITY, "汉族优先"),
        ("བོད་རིགས་ཁོ་ན།", ETHNICITY, "བོད་རིགས་ཁོ་ན"),
        ("限本地户口", HUKOU, "本地户口"),
        ("需本地户籍", HUKOU, "本地户籍"),
        ("拉萨户口优先", HUKOU, "拉萨户口"),
        ("西藏自治区户籍", HUKOU, "西藏自治区户籍"),
        ("ལྷ་སའི་ཐེམ་ཐོ་དགོས།", HUKOU, "ལྷ་སའི་ཐེམ་ཐོ"),
        ("未婚", FAMILY, "未婚"),
        ("已婚已育优先", FAMILY, "已婚已育"),
        ("要求未育", FAMILY, "未育"),
        ("入职后两年内不得怀孕", FAMILY, "两年内不得怀孕"),
        ("入职需孕检", FAMILY, "孕检"),
        ("ཁྱིམ་ཐབ་མ་བྱས་པ།", FAMILY, "ཁྱིམ་ཐབ་མ་བྱས"),
        ("乙肝携带者勿扰", HEALTH, "乙肝"),
        ("体检含两对半", HEALTH, "两对半"),
        ("མཆིན་ཚད་ཁུར་མཁན་མི་དགོས།", HEALTH, "མཆིན་ཚད"),
        ("非汉族勿扰", ETHNICITY, "非汉族"),
        ("年满14周岁即可", CHILD_LABOUR, "年满14周岁"),
        ("15岁以上", CHILD_LABOUR, "15岁以上"),
        ("35岁以下", AGE_LIMIT, "35岁以下"),
        ("年龄18-30", AGE_LIMIT, "年龄18-30"),
        ("年龄：18至45周岁", AGE_LIMIT, "年龄：18至45"),
        ("20～40岁", AGE_LIMIT, "20～40岁"),
        ("不超过50周岁", AGE_LIMIT, "不超过50周岁"),
        ("40岁以上勿扰", AGE_LIMIT, "40岁以上勿扰"),
        ("年龄１８－３５岁", AGE_LIMIT, "年龄18－35"),
        ("ལོ་ཚད་ ༡༨ ནས་ ༣༥ བར།", AGE_LIMIT, "ལོ་ཚད་ 18 ནས་ 35"),
        ("ལོ་ 35 མན་ཆད།", AGE_LIMIT, "ལོ་ 35 མན་"),
        ("ལོ་ ༡༤ ཡན་ཆད།", CHILD_LABOUR, "ལོ་ 14 ཡན་"),
    ],
)
def test_discriminatory_requirements_are_flagged(text, kind, phrase):
    """6.3.1: the reviewer is warned of requirements that may break employment law."""
    assert discrimination_warnings(posting(text)) == [REASONS[kind] % {"text": phrase}]


@pytest.mark.parametrize("field", ["title", "summary", "working_hours", "how_to_apply"])
def test_every_text_of_a_posting_is_read(field):
    assert discrimination_warnings(posting("<p>限男性</p>", field=field)) == [
        REASONS[SEX] % {"text": "限男"}
    ]


def test_a_range_below_working_age_with_an_upper_limit_gets_both_warnings():
    assert discrimination_warnings(posting("年龄15-40岁")) == [
        REASONS[CHILD_LABOUR] % {"text": "年龄15-40"},
        REASONS[AGE_LIMIT] % {"text": "年龄15-40"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "男女不限",
        "性别不限",
        "不限男女，有电工证者优先",
        "性别：男女不限",
        "烈士子女优先",
        "ཕོ་མོ་གང་རུང་ཆོག",
        "民族不限",
        "不限民族，少数民族优先",
        "会说藏语，懂汉语",
        "户籍不限",
        "户口不限，外地户口均可",
        "不限本地户口",
        "入职时携带身份证和户口本",
        "农村户籍返乡人员优先",
        "ཐེམ་ཐོ་ཚད་འཛིན་མེད།",
        "缴纳五险一金（含生育保险），享受婚假、产假",
        "女职工孕期、产期、哺乳期依法享受保护",
        "身体健康，持健康证",
        "16周岁以上",
        "年满18周岁",
        "年龄16-60岁",
        "不招收未满16周岁的未成年人",
        "16岁以下不招",
        "年龄不限",
        "月薪3000-5000元，每天工作8-10小时",
        "工作时间9:00-18:00",
        "ཆུ་ཚོད་ 9 ནས་ 18 བར།",
        "ལོ་ 16 ཡན་ཆད།",
        "2026年12月31日前报名",
    ],
)
def test_lawful_look_alikes_are_not_flagged(text):
    assert discrimination_warnings(posting(text)) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", ["审核前请核实", "“限男”：涉及性别限制。", "月工资下限为1800元"]),
        ("bo", ["ཆོག་མཆན་མ་སྤྲད་གོང་ཞིབ་བཤེར་བྱེད་རོགས།", "“限男” ཞེས་པ་ནི་ཕོ་མོའི་ཚད་འཛིན་ཡིན།"]),
    ],
)
def test_the_editor_shows_reviewers_the_warnings(
    admin_client, admin_user, job_index, employer, occupation, township, language, expected
):
    """6.3.1: the warnings sit at the top of the job's edit form, in the reviewer's language."""
    job = make_job(
        job_index["zh"],
        employer=employer,
        occupation=occupation,
        township=township,
        description="<p>限男性，能吃苦耐劳。</p>",
        wage_min=1800,
    )
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(job.pk,)))
    assert response.status_code == 200
    content = response.content.decode()
    assert "data-review-warnings" in content
    for text in expected:
        assert text in content, text


def test_the_editor_shows_no_warning_box_for_a_clean_job(
    admin_client, job_index, employer, occupation, township
):
    job = make_job(job_index["zh"], employer=employer, occupation=occupation, township=township)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(job.pk,)))
    assert response.status_code == 200
    assert "data-review-warnings" not in response.content.decode()


def test_the_dashboard_lists_jobs_awaiting_review_with_their_warnings(
    client, job_index, employer, occupation, township, submitted, reviewer, editor
):
    """6.3.1: a reviewer who approves from the dashboard sees the warnings there too."""
    flagged = make_job(
        job_index["zh"],
        slug="flagged",
        title="招聘保安",
        employer=employer,
        occupation=occupation,
        township=township,
        description="<p>限男性。</p>",
    )
    flagged.get_workflow().start(flagged, editor)

    client.force_login(reviewer)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = content[content.index('id="jobs-to-review-section"') :]
    panel = panel[: panel.index("</section>")]
    assert "需重点核实的待审核岗位" in panel
    assert reverse("wagtailadmin_pages:edit", args=(flagged.pk,)) in panel
    assert REASONS[SEX] % {"text": "限男"} in panel
    assert submitted.title not in panel

    client.force_login(editor)
    assert (
        'id="jobs-to-review-section"'
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )

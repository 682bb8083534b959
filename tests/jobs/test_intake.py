"""The public job-intake form (clause 6.3.1: the service collects jobs from employers).

A submission becomes a draft job in the review workflow and, for an unknown credit code, an
unverified employer; nothing else is changed, and nothing at all is saved from a bad, a robot's
or an over-the-limit submission. Every label and message is in Chinese at / and Tibetan at /bo/.
"""

import datetime

import pytest
from django.test import Client
from wagtail.models import GroupApprovalTask, Revision, Workflow, WorkflowPage, WorkflowTask

from jobs.models import Employer, JobPage
from portal.dates import lhasa_today
from tests.jobs.conftest import EMPLOYER_CODE

URL = "/employers/post-a-job/"
BO_URL = "/bo/employers/post-a-job/"
CODE = "91350100M000100Y43"


def days_from_today(days):
    return (lhasa_today() + datetime.timedelta(days=days)).isoformat()


@pytest.fixture
def form_data(township, occupation, job_index):
    """A complete, valid submission from a new employer."""
    return {
        "employer_name": "拉萨市城关区格桑餐饮有限公司",
        "credit_code": CODE,
        "contact_person": "格桑",
        "phone": "13908905678",
        "employer_township": township.pk,
        "address": "德庆镇幸福路12号",
        "title": "餐厅招聘电工",
        "occupation": occupation.pk,
        "skill_required": "4",
        "headcount": "2",
        "wage_min": "5000",
        "wage_max": "6500",
        "wage_unit": "month",
        "township": township.pk,
        "accommodation": "on",
        "language_required": "both",
        "working_hours": "9:00–18:00，每周休息一天",
        "contract_type": "fixed_term",
        "start_date": days_from_today(10),
        "closing_date": days_from_today(30),
        "description": "负责餐厅电路维护。\n需持电工证。\n\n<b>包住</b> & 工作餐",
        "how_to_apply": "电话联系格桑：13908905678",
        "website": "",
    }


def saved():
    """What a submission may add: employers, jobs and revisions of jobs."""
    return (
        Employer.objects.count(),
        JobPage.objects.count(),
        Revision.page_revisions.count(),
    )


def test_the_form_is_in_chinese_at_the_root_and_tibetan_under_bo(client, form_data):
    """6.3.1: employers who read either language can send a job."""
    chinese = client.get(URL)
    assert chinese.status_code == 200
    html = chinese.content.decode()
    for text in ["发布招聘岗位", "用人单位名称", "统一社会信用代码", "报名截止日期", "电工"]:
        assert text in html, text
    assert "生产制造及有关人员" in html  # occupations grouped by major group

    tibetan = client.get(BO_URL)
    assert tibetan.status_code == 200
    html = tibetan.content.decode()
    for text in [
        "ལས་གནས་ཁྱབ་བསྒྲགས།",
        "ལས་བཀོལ་སྡེ་ཚན་གྱི་མིང་།",
        "སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་གཅིག་གྱུར།",
        "མཇུག་སྡོམ་ཚེས་གྲངས།",
        "གློག་བཟོ་བ།",
        "ཐོན་སྐྱེད་བཟོ་སྐྲུན་དང་འབྲེལ་ཡོད་མི་སྣ།",
    ]:
        assert text in html, text
    assert "用人单位名称" not in html


def test_the_form_works_without_javascript(client, form_data):
    html = client.get(URL).content.decode()
    assert 'method="post"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "<script" not in html


def test_a_submission_makes_an_unverified_employer_and_a_draft_job_with_a_revision(
    client, form_data, job_index, township, occupation
):
    """6.3.1: a collected job waits for review; it is not published by the form."""
    before = saved()
    response = client.post(URL, form_data)
    assert response.status_code == 302
    assert response.url == "/employers/post-a-job/thanks/"
    employers, jobs, revisions = (after - was for after, was in zip(saved(), before, strict=True))
    assert (employers, jobs, revisions) == (1, 1, 1)

    employer = Employer.objects.get()
    assert (employer.name, employer.credit_code, employer.verified) == (
        form_data["employer_name"],
        CODE,
        False,
    )
    job = JobPage.objects.get()
    assert not job.live
    assert job.get_parent().specific == job_index["zh"]
    assert job.employer == employer
    assert (job.occupation, job.township, job.wage_min, job.wage_max) == (
        occupation,
        township,
        5000,
        6500,
    )
    assert job.accommodation and not job.meals
    assert job.latest_revision is not None
    assert job.latest_revision.as_object().title == "餐厅招聘电工"
    assert not JobPage.objects.live().exists()


def test_plain_text_becomes_safe_paragraphs(client, form_data):
    client.post(URL, form_data)
    job = JobPage.objects.get()
    assert job.description == (
        "<p>负责餐厅电路维护。<br/>需持电工证。</p><p>&lt;b&gt;包住&lt;/b&gt; &amp; 工作餐</p>"
    )


@pytest.mark.parametrize("title", ["སྟག་རྩེར་གློག་བཟོ་བ་དགོས།", "★★★", "餐厅招聘电工"])
def test_the_address_of_a_job_follows_its_reference(client, form_data, title):
    """A title in Tibetan, or of symbols only, gives Wagtail no usable address."""
    assert client.post(URL, {**form_data, "title": title}).status_code == 302
    job = JobPage.objects.get()
    assert (job.title, job.slug) == (title, f"j{job.pk:06d}")
    assert job.url_path.endswith(f"/jobs/j{job.pk:06d}/")


def test_the_thank_you_page_gives_the_reference_and_what_happens_next(client, form_data):
    response = client.post(URL, form_data, follow=True)
    job = JobPage.objects.get()
    html = response.content.decode()
    assert f"J{job.pk:06d}" in html
    assert "服务机构工作人员将审核岗位" in html


def test_the_thank_you_page_shows_nothing_to_someone_who_sent_nothing(client, job_index):
    response = client.get(URL + "thanks/")
    assert response.status_code == 302
    assert response.url == URL


def test_a_job_sent_in_tibetan_goes_to_the_tibetan_job_index(client, form_data, job_index):
    response = client.post(BO_URL, form_data)
    assert response.url == "/bo/employers/post-a-job/thanks/"
    job = JobPage.objects.get()
    assert job.get_parent().specific == job_index["bo"]
    thanks = client.get(response.url).content.decode()
    assert f"J{job.pk:06d}" in thanks
    assert "ཐུགས་རྗེ་ཆེ།" in thanks


def test_the_job_enters_the_review_workflow_of_its_index(client, form_data, job_index):
    """6.3.1: collected jobs are reviewed; the submitter is no one, as no one signed in."""
    workflow = Workflow.objects.create(name="岗位审核（测试）")
    task = GroupApprovalTask.objects.create(name="审核")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=job_index["zh"], defaults={"workflow": workflow})

    client.post(URL, form_data)
    job = JobPage.objects.get()
    state = job.current_workflow_state
    assert state is not None
    assert state.workflow == workflow
    assert state.status == state.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert state.current_task_state.revision == job.latest_revision
    assert not job.live


def test_the_same_credit_code_reuses_the_employer(client, form_data):
    client.post(URL, form_data)
    second = {**form_data, "title": "餐厅招聘厨师", "credit_code": CODE.lower()}
    second["employer_name"] = "另一个名称"
    assert client.post(URL, second).status_code == 302
    employer = Employer.objects.get()
    assert employer.name == form_data["employer_name"]
    assert set(employer.jobs.values_list("title", flat=True)) == {"餐厅招聘电工", "餐厅招聘厨师"}


def test_a_verified_employer_is_never_changed_by_the_public_form(client, form_data, employer):
    employer.verified = True
    employer.save()
    before = Employer.objects.values().get(pk=employer.pk)
    data = {**form_data, "credit_code": EMPLOYER_CODE, "employer_name": "冒名公司"}
    data["phone"] = "13800000000"
    assert client.post(URL, data).status_code == 302
    assert Employer.objects.values().get(pk=employer.pk) == before
    assert JobPage.objects.get().employer == employer
    assert Employer.objects.count() == 1


# Each problem: the changed fields, the field that is marked, the message in Chinese and in
# Tibetan.
PROBLEMS = {
    "name missing": (
        {"employer_name": ""},
        "employer_name",
        "请填写用人单位名称。",
        "ལས་བཀོལ་སྡེ་ཚན་གྱི་མིང་འབྲི་རོགས།",
    ),
    "credit code mistyped": (
        {"credit_code": "91350100M000100Y44"},
        "credit_code",
        "统一社会信用代码无效，请与营业执照核对。",
        "སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་གཅིག་གྱུར་འདི་ནོར་འདུག ཚོང་ལས་ཆོག་མཆན་དང་བསྡུར་ཞིབ་གནང་རོགས།",
    ),
    "credit code too short": (
        {"credit_code": "91350100"},
        "credit_code",
        "统一社会信用代码应为18位，当前为8位。",
        "སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་གཅིག་གྱུར་ལ་ཡིག་འབྲུ་ 18 ཡོད་དགོས། འདི་ལ་ 8 ཡོད།",
    ),
    "phone": (
        {"phone": "12345"},
        "phone",
        "请填写11位手机号码，或带区号的固定电话。",
        "ཨང་གྲངས་ 11 ཅན་གྱི་ལག་ཁྱེར་ཁ་པར་རམ། ས་ཁུལ་ཨང་རྟགས་ཅན་གྱི་ཁ་པར་འབྲི་རོགས།",
    ),
    "unknown township": (
        {"employer_township": "999999"},
        "employer_township",
        "请从列表中选择一项。",
        "ཐོ་གཞུང་ནང་ནས་གདམ་ག་གཅིག་འདེམས་རོགས།",
    ),
    "no workplace": (
        {"township": ""},
        "township",
        "请选择工作地点所在乡镇（街道）。",
        "ལས་ཀ་བྱེད་སའི་ཤང་གྲོང་རྡལ་ལམ་ཁྲོམ་གཞུང་འདེམས་རོགས།",
    ),
    "title too long": (
        {"title": "电" * 121},
        "title",
        "最多可填写120个字，现为121个字。",
        "ཡིག་འབྲུ་ 120 ལས་མང་བ་འབྲི་མི་ཆོག ད་ལྟ་ 121 ཡོད།",
    ),
    "no headcount": (
        {"headcount": "0"},
        "headcount",
        "请填写不小于1的数。",
        "1 ཡན་གྱི་གྲངས་ཀ་ཞིག་འབྲི་རོགས།",
    ),
    "wage in words": (
        {"wage_min": "五千"},
        "wage_min",
        "请用阿拉伯数字填写整数，如4500。",
        "ཨང་ཀི་ཧྲིལ་པོ་ཞིག་འབྲི་རོགས། དཔེར་ན། 4500",
    ),
    "wage too high": (
        {"wage_max": "99999999"},
        "wage_max",
        "请填写不大于1000000的数。",
        "1000000 མན་གྱི་གྲངས་ཀ་ཞིག་འབྲི་རོགས།",
    ),
    "wages the wrong way round": (
        {"wage_min": "7000", "wage_max": "5000"},
        "wage_max",
        "最高工资不能低于最低工资。",
        "གླ་ཕོགས་ཆེས་མཐོ་བ་དེ་གླ་ཕོགས་ཆེས་དམའ་བ་ལས་དམའ་མི་ཆོག",
    ),
    "closing yesterday": (
        {"closing_date": days_from_today(-1)},
        "closing_date",
        "报名截止日期不能早于今天。",
        "མཇུག་སྡོམ་ཚེས་གྲངས་དེ་རིང་གི་སྔོན་ལ་ཡིན་མི་ཆོག",
    ),
    "closing too far": (
        {"closing_date": days_from_today(181)},
        "closing_date",
        "报名截止日期最迟为自今天起180天内。",
        "མཇུག་སྡོམ་ཚེས་གྲངས་དེ་རིང་ནས་ཉིན་ 180 ལས་བརྒལ་མི་ཆོག",
    ),
    "closing not a date": (
        {"closing_date": "2026-02-30"},
        "closing_date",
        "请按“年-月-日”填写日期，如2026-07-01。",
        "ཚེས་གྲངས་ལོ་-ཟླ་-ཚེས་ཀྱི་རིམ་པ་ལྟར་འབྲི་རོགས། དཔེར་ན། 2026-07-01",
    ),
    "start in the past": (
        {"start_date": days_from_today(-1)},
        "start_date",
        "到岗日期不能早于今天。",
        "ལས་ཀ་འགོ་འཛུགས་པའི་ཚེས་གྲངས་དེ་རིང་གི་སྔོན་ལ་ཡིན་མི་ཆོག",
    ),
    "start too far": (
        {"start_date": days_from_today(400)},
        "start_date",
        "到岗日期最迟为自今天起一年内。",
        "ལས་ཀ་འགོ་འཛུགས་པའི་ཚེས་གྲངས་དེ་རིང་ནས་ལོ་གཅིག་ལས་བརྒལ་མི་ཆོག",
    ),
    "no description": (
        {"description": "  "},
        "description",
        "请填写工作内容。",
        "ལས་ཀའི་ནང་དོན་འབྲི་རོགས།",
    ),
    "unknown contract": (
        {"contract_type": "slavery"},
        "contract_type",
        "请从列表中选择一项。",
        "ཐོ་གཞུང་ནང་ནས་གདམ་ག་གཅིག་འདེམས་རོགས།",
    ),
}


@pytest.mark.parametrize(("url", "column"), [(URL, 2), (BO_URL, 3)], ids=["zh-hans", "bo"])
@pytest.mark.parametrize("problem", PROBLEMS, ids=list(PROBLEMS))
def test_each_problem_is_explained_and_nothing_is_saved(client, form_data, url, column, problem):
    """6.3.1: the employer learns what to correct, in the language of the form; until then
    nothing is kept."""
    changes, field, *messages = PROBLEMS[problem]
    message = messages[column - 2]
    before = saved()
    response = client.post(url, {**form_data, **changes})
    assert response.status_code == 200
    html = response.content.decode()
    # In the summary at the top, linked to the field, and again at the field.
    assert f'<a href="#id_{field}">' in html
    assert html.count(message) == 2, message
    assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in html or (
        f'aria-describedby="id_{field}_error"' in html
    )
    assert f'id="id_{field}_error"' in html
    assert saved() == before


def test_an_occupation_group_cannot_be_chosen(client, form_data, occupation):
    """Only occupations (the finest level) describe a job; their groups are headings."""
    response = client.post(URL, {**form_data, "occupation": occupation.parent.pk})
    assert '<a href="#id_occupation">' in response.content.decode()
    assert not JobPage.objects.exists()


@pytest.mark.parametrize(
    ("url", "message"), [(URL, "每小时最多可提交2个岗位"), (BO_URL, "ལས་གནས་ 2 ལས་མང་བ་འབུལ་མི་ཆོག")]
)
def test_too_many_submissions_from_one_address_are_refused(settings, form_data, url, message):
    settings.JOB_INTAKE_PER_HOUR = 2
    client = Client(REMOTE_ADDR="10.1.2.3")
    for number in range(2):
        assert client.post(url, {**form_data, "title": f"岗位{number}"}).status_code == 302
    before = saved()

    response = client.post(url, {**form_data, "title": "第三个岗位"})
    assert response.status_code == 429
    assert message in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 3600
    assert saved() == before

    neighbour = Client(REMOTE_ADDR="10.1.2.4")
    assert neighbour.post(url, {**form_data, "title": "邻居的岗位"}).status_code == 302


def test_the_limit_counts_only_what_was_sent_not_mistakes(settings, form_data):
    """Correcting a form is not sending another job."""
    settings.JOB_INTAKE_PER_HOUR = 1
    client = Client(REMOTE_ADDR="10.1.2.5")
    for _attempt in range(3):
        assert client.post(URL, {**form_data, "wage_min": "x"}).status_code == 200
    assert client.post(URL, form_data).status_code == 302


def test_a_robot_filling_the_hidden_field_saves_nothing_and_is_counted(settings, form_data):
    settings.JOB_INTAKE_PER_HOUR = 1
    client = Client(REMOTE_ADDR="10.1.2.6")
    before = saved()
    response = client.post(URL, {**form_data, "website": "http://spam.example"})
    assert response.status_code == 200
    assert "无法受理本次提交" in response.content.decode()
    assert saved() == before
    assert client.post(URL, form_data).status_code == 429


def test_the_hidden_field_is_hidden_from_people(client, form_data):
    html = client.get(URL).content.decode()
    field = html.index('name="website"')
    wrapper = html.rindex("<div", 0, html.rindex("<div", 0, field))
    assert "hidden" in html[wrapper : html.index(">", wrapper)]


def test_without_a_job_index_the_form_says_politely_that_jobs_are_not_taken_online(
    client, site, township, occupation
):
    before = saved()
    for url in (URL, BO_URL):
        response = client.get(url)
        assert response.status_code == 200
    assert "目前暂不受理网上发布岗位" in client.get(URL).content.decode()
    assert "ད་ལྟ་དྲ་ཐོག་ནས་ལས་གནས་དང་ལེན་མི་བྱེད།" in client.get(BO_URL).content.decode()
    response = client.post(URL, {"title": "岗位"})
    assert response.status_code == 200
    assert saved() == before


HOSTILE = {
    "huge numbers": {"headcount": "9" * 400, "wage_min": "9" * 5000, "wage_max": "1e400"},
    "negative and float": {"headcount": "-1", "wage_min": "-5000", "wage_max": "4500.5"},
    "huge ids": {"employer_township": "9" * 40, "occupation": "-1", "township": "1e9"},
    "injection": {"occupation": "1 OR 1=1", "township": "'; DROP TABLE jobs_employer; --"},
    "impossible dates": {"closing_date": "9999-99-99", "start_date": "0000-00-00"},
    "far dates": {"closing_date": "99999-01-01", "start_date": "-2026-01-01"},
    "null bytes": {"employer_name": "\x00", "credit_code": "\x00" * 18, "title": "\x00\x00"},
    "enormous text": {"description": "电" * 100_000, "how_to_apply": "x" * 100_000},
    "wrong choices": {"wage_unit": "hour", "skill_required": "99", "language_required": "en"},
}


@pytest.mark.parametrize("junk", HOSTILE, ids=list(HOSTILE))
@pytest.mark.parametrize("url", [URL, BO_URL], ids=["zh-hans", "bo"])
def test_hostile_input_is_refused_without_an_error_page(client, form_data, url, junk):
    before = saved()
    response = client.post(url, {**form_data, **HOSTILE[junk]})
    assert response.status_code == 200
    assert saved() == before


def test_repeated_fields_and_bytes_that_are_not_utf8_are_refused_without_an_error_page(
    client, form_data
):
    before = saved()
    body = (
        b"title=%FF%FE%00&title=second&credit_code=%C3%28&employer_township=1"
        b"&employer_township=2&closing_date=%E2%82"
    )
    response = client.post(URL, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert saved() == before


def test_control_characters_are_dropped_from_what_is_saved(client, form_data):
    data = {**form_data, "title": "电工\x07招聘", "description": "第一段\x1b。\r\n\r\n第二段"}
    assert client.post(URL, data).status_code == 302
    job = JobPage.objects.get()
    assert job.title == "电工招聘"
    assert job.description == "<p>第一段。</p><p>第二段</p>"

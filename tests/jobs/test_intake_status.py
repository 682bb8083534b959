"""The review of a job sent by the public form, as its employer sees it (clause 6.3.1: a job is
sent back only with a reason, and the submitter sees that reason).

No one signs in to send a job: the thank-you page gives a private, signed link to a page that
says where the job stands, in Chinese at / and Tibetan at /bo/.
"""

import re

import pytest
from django.core import signing
from wagtail.models import WorkflowState

from jobs.intake.status import (
    SALT,
    ReviewStatus,
    State,
    job_for_token,
    review_status,
    status_token,
)
from jobs.models import JobPage
from staff.roles import JOB_REVIEWERS
from tests.jobs.test_intake import URL, form_data  # noqa: F401 (a fixture)
from tests.jobs.test_review import make_job, member_of

REASON = "工资下限低于最低工资标准，请调整后重新提交。"
STATUS_LINK = re.compile(r'href="http://testserver(/employers/post-a-job/status/[^/"]+/)"')


@pytest.fixture
def reviewer(db):
    return member_of(JOB_REVIEWERS, "reviewer")


@pytest.fixture
def sent(client, form_data):  # noqa: F811
    """The job sent by the form, and the path of its status page from the thank-you page."""
    thanks = client.post(URL, form_data, follow=True)
    path = STATUS_LINK.search(thanks.content.decode()).group(1)
    return JobPage.objects.get(), path


def decide(job, reviewer, action, **kwargs):
    task_state = job.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, action, **kwargs)


def test_the_thank_you_page_gives_a_working_link_to_the_review(client, form_data):  # noqa: F811
    """6.3.1: the employer keeps a link to follow the review of the job just sent."""
    html = client.post(URL, form_data, follow=True).content.decode()
    job = JobPage.objects.get()
    assert "请保存此链接，以便查看岗位审核进度" in html
    path = STATUS_LINK.search(html).group(1)
    assert path == f"/employers/post-a-job/status/{status_token(job)}/"

    status = client.get(path)
    assert status.status_code == 200
    assert f"J{job.pk:06d}" in status.content.decode()
    assert job.title in status.content.decode()


def test_the_link_holds_nothing_about_the_employer(sent, form_data):  # noqa: F811
    """6.3.1: the link carries the job's id, signed; not the name or number of anyone."""
    job, path = sent
    token = path.split("/")[-2]
    assert signing.loads(token, salt=SALT) == job.pk
    for personal in ("phone", "contact_person", "employer_name", "credit_code", "address"):
        assert form_data[personal] not in path, personal
    assert "13908905678" not in path


def test_right_after_sending_the_job_awaits_review(client, sent):
    """6.3.1: a sent job waits for a reviewer, and the page says so."""
    job, path = sent
    assert review_status(job).state == State.AWAITING_REVIEW
    html = client.get(path).content.decode()
    assert "等待审核" in html
    assert "理由" not in html


@pytest.mark.parametrize(
    ("prefix", "shown", "not_shown"),
    [
        ("", ["已退回修改", "请拨打服务热线并提供受理编号"], ["བཟོ་བཅོས་ཆེད་ཕྱིར་སློག་བྱས་ཟིན།"]),
        (
            "/bo",
            ["བཟོ་བཅོས་ཆེད་ཕྱིར་སློག་བྱས་ཟིན།", "ཞབས་ཞུའི་ཁ་པར་ལ་འབོད་དེ་ཐོ་འགོད་ཨང་རྟགས་གསུང་རོགས།"],
            ["已退回修改", "请拨打服务热线"],
        ),
    ],
    ids=["zh-hans", "bo"],
)
def test_a_job_sent_back_shows_the_reviewers_reason(
    client, sent, reviewer, prefix, shown, not_shown
):
    """6.3.1: the employer reads why the job was sent back, in the language of the page, and
    learns to call the hotline to make the changes."""
    job, path = sent
    decide(job, reviewer, "reject", comment=REASON)
    assert review_status(job) == ReviewStatus(State.SENT_BACK, reason=REASON)

    response = client.get(prefix + path)
    assert response.status_code == 200
    html = response.content.decode()
    assert REASON in html
    assert f"J{job.pk:06d}" in html
    assert 'href="tel:12333"' in html
    for text in shown:
        assert text in html, text
    for text in not_shown:
        assert text not in html, text


def test_the_reason_is_shown_as_text_not_markup(client, sent, reviewer):
    job, path = sent
    decide(job, reviewer, "reject", comment="<b>工资</b>\n请修改")
    html = client.get(path).content.decode()
    assert "&lt;b&gt;工资&lt;/b&gt;<br>请修改" in html


def test_an_approved_job_is_published_and_linked(client, sent, reviewer):
    """6.3.1: after approval the employer sees that the job is public, and where."""
    job, path = sent
    decide(job, reviewer, "approve")
    job.refresh_from_db()
    assert job.live

    html = client.get(path).content.decode()
    assert "已审核通过并发布" in html
    assert f'<a href="{job.url}">查看该岗位的发布页面</a>' in html
    assert client.get(job.url).status_code == 200
    assert "ཆོག་མཆན་ཐོབ་ནས་ཁྱབ་བསྒྲགས་བྱས་ཟིན།" in client.get("/bo" + path).content.decode()


def test_a_review_cancelled_then_started_again_shows_the_latest(client, sent, reviewer):
    """The page follows the job's latest review, not its first."""
    job, path = sent
    job.current_workflow_state.cancel(user=reviewer)
    assert "已撤下，未发布" in client.get(path).content.decode()

    job.get_workflow().start(job, user=None)
    assert review_status(job).state == State.AWAITING_REVIEW
    assert "等待审核" in client.get(path).content.decode()


def test_a_job_not_yet_in_review_is_received(job_index, employer, occupation, township):
    job = make_job(job_index["zh"], employer=employer, occupation=occupation, township=township)
    assert not job.workflow_states.exists()
    assert review_status(job).state == State.RECEIVED


def tampered(token):
    """The token with the last character of its signature changed."""
    return token[:-1] + ("A" if token[-1] != "A" else "B")


@pytest.mark.parametrize(
    "token",
    [
        lambda job: tampered(status_token(job)),
        lambda job: signing.dumps(job.pk + 1000, salt=SALT),  # signed, but no such job
        lambda job: signing.dumps(job.pk),  # signed for another purpose
        lambda job: str(job.pk),
        lambda job: "not-a-token",
        lambda job: "::",
    ],
    ids=["tampered", "unknown job", "other salt", "bare id", "junk", "separators only"],
)
@pytest.mark.parametrize("prefix", ["", "/bo"], ids=["zh-hans", "bo"])
def test_a_bad_token_gets_page_not_found(client, sent, token, prefix):
    """A link that was not made for a job is answered with "page not found", never an error."""
    job, _path = sent
    value = token(job)
    assert job_for_token(value) is None
    response = client.get(f"{prefix}/employers/post-a-job/status/{value}/")
    assert response.status_code == 404
    assert ("ཤོག་ངོས་རྙེད་མ་སོང་།" if prefix else "页面不存在") in response.content.decode()


def test_the_status_page_is_private(client, sent):
    """The page is for the employer alone: not kept by caches, not indexed by search engines."""
    _job, path = sent
    response = client.get(path)
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"private", "no-store"}
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_a_deleted_job_has_no_status(client, sent):
    job, path = sent
    job.delete()
    assert client.get(path).status_code == 404


def test_the_status_page_takes_no_posts(client, sent):
    _job, path = sent
    assert client.post(path).status_code == 405
    assert WorkflowState.objects.count() == 1

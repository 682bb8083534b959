"""The public survey (clause 7.2.1): one answer per service behind a signed link that expires;
Chinese at /survey/…, Tibetan at /bo/survey/…; no JavaScript; a bad, hostile or second
submission stores nothing and never fails with a 500."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from complaints.transitions import perform
from portal.notifications.backends import outbox
from quality.invitations import SALT, invite, survey_url, token_for
from quality.models import Invitation, Response
from tests.quality.conftest import answers

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")


def path_of(invitation):
    return urlsplit(survey_url(invitation)).path


@pytest.fixture
def invitation(make_invitation, site):
    return make_invitation()


@pytest.fixture
def tibetan_invitation(make_invitation, site):
    return make_invitation("bo")


def form(score=8, **scores):
    return {**answers(score, **scores), "comment": "", "website": ""}


def test_the_survey_page_is_a_plain_form_in_chinese(client, invitation):
    page = client.get(path_of(invitation))
    html = page.content.decode()
    assert page.status_code == 200
    assert "总的来说，您对这次服务满意吗" in html
    assert 'name="csrfmiddlewaretoken"' in html and 'method="post"' in html
    assert "<script" not in html.split("<main")[-1].split("</main>")[0]
    assert html.count('type="radio"') == 12 * 10


def test_the_tibetan_link_opens_the_survey_in_tibetan(client, tibetan_invitation):
    path = path_of(tibetan_invitation)
    assert path.startswith("/bo/survey/")
    html = client.get(path).content.decode()
    assert "ཞབས་ཞུ" in html and "总的来说" not in html


def test_an_answer_is_stored_once_and_thanked(client, invitation):
    """7.2.1: the answer is stored with the invitation; a second submit is refused."""
    response = client.post(path_of(invitation), form(9, value_use=3) | {"comment": "很好"})
    assert response.status_code == 302 and response.url == "/survey/thanks/"
    stored = Response.objects.get()
    assert (stored.invitation, stored.value_use, stored.loyalty_return, stored.comment) == (
        invitation,
        3,
        9,
        "很好",
    )
    invitation.refresh_from_db()
    assert invitation.answered_at == stored.submitted_at
    assert "谢谢" in client.get(response.url).content.decode()

    again = client.post(path_of(invitation), form(1))
    assert again.status_code == 200 and "已经" in again.content.decode()
    assert Response.objects.count() == 1 and Response.objects.get().value_use == 3
    assert "已经" in client.get(path_of(invitation)).content.decode()


def test_one_invitation_per_service(make_complaint, site):
    """7.2.1: a service is invited once; inviting it again sends nothing more."""
    complaint = make_complaint()
    first = invite(complaint, "zh-hans")
    assert invite(complaint, "bo") == first
    assert Invitation.objects.count() == 1 and len(outbox) == 1


def test_an_expired_link_shows_a_page_that_says_so(client, invitation, settings):
    """7.2.1: after SURVEY_DAYS days the link is closed; nothing can be stored."""
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    response = client.post(path_of(invitation), form())
    assert response.status_code == 410 and "过期" in response.content.decode()
    assert not Response.objects.exists()


def test_an_old_signature_is_expired_too(client, invitation, settings):
    settings.SURVEY_DAYS = 0
    response = client.get(path_of(invitation))
    assert response.status_code == 410


def test_the_bo_expired_page_is_tibetan(client, tibetan_invitation):
    Invitation.objects.filter(pk=tibetan_invitation.pk).update(expires_at=timezone.now())
    response = client.get(path_of(tibetan_invitation))
    assert response.status_code == 410 and TIBETAN.search(response.content.decode())


@pytest.mark.parametrize(
    "token",
    [
        "tampered",
        "MQ:1vA2bC:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        signing.dumps(1, salt="another-salt"),
        signing.dumps(999999, salt=SALT),
        "%3Cscript%3E",
    ],
)
def test_a_tampered_or_unknown_link_is_refused_clearly(client, invitation, token):
    """7.2.1: only the links the portal made open a survey."""
    response = client.post(f"/survey/{token}/", form())
    assert response.status_code == 404 and "无效" in response.content.decode()
    assert not Response.objects.exists()


def test_a_link_for_another_invitation_cannot_be_forged_from_one(client, invitation):
    token = token_for(invitation)
    other = token.replace(token.split(":")[0], signing.b64_encode(b"2").decode(), 1)
    assert client.get(f"/survey/{other}/").status_code == 404


@pytest.mark.parametrize(
    "bad",
    [
        {"satisfaction_overall": ""},
        {"satisfaction_overall": "0"},
        {"satisfaction_overall": "11"},
        {"satisfaction_overall": "-3"},
        {"satisfaction_overall": "七"},
        {"satisfaction_overall": "5.5"},
    ],
)
def test_a_missing_or_out_of_range_answer_is_refused_in_tibetan_on_bo(
    client, tibetan_invitation, bad
):
    """7.2.1: every item needs a number from 1 to 10; the message is in the page's language."""
    response = client.post(path_of(tibetan_invitation), form() | bad)
    html = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in html
    assert "1 ནས་ 10 བར་" in html
    assert not Response.objects.exists()


def test_a_missing_answer_is_refused_in_chinese(client, invitation):
    data = form()
    del data["loyalty_recommend"]
    html = client.post(path_of(invitation), data).content.decode()
    assert "请选择 1 到 10 之间的数字" in html
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    "comment",
    [
        "<script>alert('x')</script><b>好</b>",
        "很好😀👍🏽 བཀྲ་ཤིས་བདེ་ལེགས། mixed 文字",
        "\x00\x07控制字符",
    ],
)
def test_hostile_comments_are_stored_as_plain_text_and_never_rendered_as_html(
    client, invitation, comment
):
    response = client.post(path_of(invitation), form() | {"comment": comment})
    assert response.status_code == 302
    stored = Response.objects.get().comment
    assert "\x00" not in stored and "\x07" not in stored


def test_a_very_long_comment_is_refused_and_the_script_not_echoed(client, invitation):
    long = "<script>alert(1)</script>" + "长" * 2000
    response = client.post(path_of(invitation), form() | {"comment": long})
    html = response.content.decode()
    assert response.status_code == 200 and "1000" in html
    assert "<script>alert(1)</script>" not in html
    assert not Response.objects.exists()


def test_the_honeypot_stores_nothing(client, invitation):
    response = client.post(path_of(invitation), form() | {"website": "http://spam.example"})
    assert response.status_code == 200
    assert not Response.objects.exists()


def test_posts_need_the_csrf_token(invitation):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(path_of(invitation), form()).status_code == 403
    assert not Response.objects.exists()


def test_answers_from_one_address_are_limited(client, make_invitation, site, settings):
    """Issue 7, abuse: at most SURVEYS_PER_HOUR answers from one address in an hour."""
    settings.SURVEYS_PER_HOUR = 2
    for _number in range(2):
        assert client.post(path_of(make_invitation()), form()).status_code == 302
    refused = client.post(path_of(make_invitation()), form())
    assert refused.status_code == 429 and refused["Retry-After"]
    assert Response.objects.count() == 2


def test_closing_a_complaint_texts_one_survey_link_in_its_language(
    make_complaint, officer, site, django_capture_on_commit_callbacks
):
    """7.2.1: a closed complaint gets its survey link by SMS, in the complaint's language."""
    complaint = make_complaint(language="bo")
    for step in ["accept", "investigate", "answer"]:
        complaint = perform(complaint, step, officer, "答复", today=datetime.date(2026, 9, 25))
    outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        perform(complaint, "close", officer, today=datetime.date(2026, 10, 9))
    invitation = Invitation.objects.get()
    assert (invitation.service, invitation.language, invitation.service_kind) == (
        complaint,
        "bo",
        "complaint",
    )
    (message,) = outbox
    assert message["phone"] == complaint.phone
    assert "/bo/survey/" in message["text"] and TIBETAN.search(message["text"])
    assert complaint.phone not in message["text"] and complaint.name not in message["text"]

"""The notification module: SMS backends, retries, the worker's language, and the Tencent Cloud
request, built and signed but never sent."""

import datetime
import json
import logging

import pytest
from django.utils import translation

from placements.notices import placement_text
from portal.notifications import backends, language_of, send_mail, send_sms, text_worker
from portal.notifications.tencent import authorization, signed_request

pytestmark = pytest.mark.django_db

ATTEMPTS = []


class FlakySms:
    """Fails twice, then delivers."""

    def send(self, phone, text):
        ATTEMPTS.append(text)
        if len(ATTEMPTS) < 3:
            raise ConnectionError("try again")
        backends.outbox.append({"phone": phone, "text": text})


class BrokenSms:
    def send(self, phone, text):
        ATTEMPTS.append(text)
        raise ConnectionError("down")


class Worker:
    phone = "13908912345"

    def __init__(self, chinese):
        self.chinese = chinese


@pytest.fixture(autouse=True)
def fresh(settings):
    settings.NOTIFICATION_RETRY_DELAYS = (0, 0)
    backends.outbox.clear()
    ATTEMPTS.clear()
    yield
    backends.outbox.clear()


def test_tests_keep_text_messages_in_the_outbox():
    send_sms("13908912345", "您好")
    assert backends.outbox == [{"phone": "13908912345", "text": "您好"}]


def test_the_console_backend_logs_a_masked_number(settings, caplog):
    settings.SMS_BACKEND = "portal.notifications.backends.ConsoleBackend"
    with caplog.at_level(logging.INFO, logger="portal.notifications.backends"):
        send_sms("13908912345", "您好")
    assert "139****2345" in caplog.text and "13908912345" not in caplog.text


def test_a_failing_send_is_retried(settings):
    settings.SMS_BACKEND = "tests.portal.test_notifications.FlakySms"
    send_sms("13908912345", "您好")
    assert len(ATTEMPTS) == 3 and len(backends.outbox) == 1


def test_a_message_that_cannot_be_sent_is_logged_and_never_raises(settings, caplog):
    settings.SMS_BACKEND = "tests.portal.test_notifications.BrokenSms"
    send_sms("13908912345", "您好")
    assert len(ATTEMPTS) == 3
    assert "Gave up sending SMS to 139****2345 after 3 attempts" in caplog.text


def test_mail_goes_through_django_mail(mailoutbox):
    send_mail("主题", "正文", ["dolma@example.com"])
    assert [(m.subject, m.to) for m in mailoutbox] == [("主题", ["dolma@example.com"])]


@pytest.mark.parametrize(
    "chinese, language", [("reads", "zh-hans"), ("writes", "zh-hans"), ("speaks", "bo")]
)
def test_a_worker_gets_texts_in_the_language_they_read(chinese, language):
    assert language_of(Worker(chinese)) == language


def test_texts_to_workers_are_rendered_in_their_language():
    text_worker(Worker("speaks"), translation.get_language)
    text_worker(Worker("reads"), translation.get_language)
    assert [message["text"] for message in backends.outbox] == ["bo", "zh-hans"]
    assert translation.get_language() == "zh-hans"


def test_the_placement_text_exists_in_chinese_and_tibetan():
    """What a worker receives exists in zh-Hans and bo."""

    class Placement:
        employer_name = "拉萨净土农业公司"

    due = datetime.date(2026, 11, 17)
    with translation.override("zh-hans"):
        chinese = placement_text(Placement, due)
    with translation.override("bo"):
        tibetan = placement_text(Placement, due)
    assert "祝贺您" in chinese and "2026-11-17" in chinese
    assert "བཀྲ་ཤིས་བདེ་ལེགས" in tibetan and "2026-11-17" in tibetan


def test_the_tencent_signature_matches_the_documented_example():
    """Tencent Cloud's own example (API 3.0 signature v3, CVM DescribeInstances)."""
    payload = (
        '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
    )
    header = authorization(
        "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
        "cvm",
        "cvm.tencentcloudapi.com",
        payload,
        1551113065,
    )
    assert header == (
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
        "tc3_request, SignedHeaders=content-type;host, "
        "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    )


def test_the_tencent_request_is_built_without_sending():
    config = {
        "SECRET_ID": "AKIDexample",
        "SECRET_KEY": "secret",
        "APP_ID": "1400000000",
        "SIGN_NAME": "拉萨就业服务",
        "TEMPLATE_ID": "100001",
        "REGION": "ap-guangzhou",
    }
    request = signed_request(config, "13908912345", "ཁྱེད་ལ་བཀྲ་ཤིས།", 1790000000)
    assert request.full_url == "https://sms.tencentcloudapi.com/"
    assert request.get_method() == "POST"
    assert request.get_header("X-tc-action") == "SendSms"
    assert request.get_header("X-tc-version") == "2021-01-11"
    body = json.loads(request.data)
    assert body["PhoneNumberSet"] == ["+8613908912345"]
    assert body["TemplateParamSet"] == ["ཁྱེད་ལ་བཀྲ་ཤིས།"]
    assert request.get_header("Authorization") == authorization(
        "AKIDexample", "secret", "sms", "sms.tencentcloudapi.com", request.data.decode(), 1790000000
    )

"""Text messages through Tencent Cloud SMS (API 3.0, action SendSms), over HTTPS with the
standard library.

Chinese providers send only approved templates under an approved signature, not free text.
The portal's texts are written in its catalogues (both languages), so the account needs one
template whose whole body is its single parameter `{1}`; each message fills it.

Configuration, from the environment (settings.TENCENT_SMS):
  TENCENT_SMS_SECRET_ID, TENCENT_SMS_SECRET_KEY  an API key pair (CAM, SMS access only)
  TENCENT_SMS_APP_ID      the SmsSdkAppId of the SMS application
  TENCENT_SMS_SIGN_NAME   the approved signature, e.g. 拉萨就业服务
  TENCENT_SMS_TEMPLATE_ID the template "{1}"
  TENCENT_SMS_REGION      ap-guangzhou unless told

Requests are signed with TC3-HMAC-SHA256 (https://cloud.tencent.com/document/api/382/52072);
`signed_request` builds one without sending it.
"""

import hashlib
import hmac
import json
import urllib.request
from datetime import UTC, datetime

from django.conf import settings

HOST = "sms.tencentcloudapi.com"
SERVICE = "sms"
VERSION = "2021-01-11"
CONTENT_TYPE = "application/json; charset=utf-8"
ALGORITHM = "TC3-HMAC-SHA256"
TIMEOUT_SECONDS = 10


class SmsRefused(Exception):
    """The provider answered, but did not accept the message."""


def _hmac(key, message):
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def _sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


def authorization(secret_id, secret_key, service, host, payload, timestamp):
    """The Authorization header of a POST of the JSON `payload` (a str) at `timestamp`."""
    date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    signed_headers = "content-type;host"
    canonical_request = "\n".join(
        [
            "POST",
            "/",
            "",
            f"content-type:{CONTENT_TYPE}\nhost:{host}\n",
            signed_headers,
            _sha256(payload),
        ]
    )
    scope = f"{date}/{service}/tc3_request"
    string_to_sign = "\n".join([ALGORITHM, str(timestamp), scope, _sha256(canonical_request)])
    key = _hmac(_hmac(_hmac(f"TC3{secret_key}".encode(), date), service), "tc3_request")
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    return (
        f"{ALGORITHM} Credential={secret_id}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )


def signed_request(config, phone, text, timestamp):
    """The urllib Request that sends `text` to the mainland mobile `phone`."""
    payload = json.dumps(
        {
            "PhoneNumberSet": [f"+86{phone}"],
            "SmsSdkAppId": config["APP_ID"],
            "SignName": config["SIGN_NAME"],
            "TemplateId": config["TEMPLATE_ID"],
            "TemplateParamSet": [text],
        },
        ensure_ascii=False,
    )
    headers = {
        "Authorization": authorization(
            config["SECRET_ID"], config["SECRET_KEY"], SERVICE, HOST, payload, timestamp
        ),
        "Content-Type": CONTENT_TYPE,
        "Host": HOST,
        "X-TC-Action": "SendSms",
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Version": VERSION,
        "X-TC-Region": config["REGION"],
    }
    return urllib.request.Request(
        f"https://{HOST}/", data=payload.encode(), headers=headers, method="POST"
    )


class TencentCloudBackend:
    def send(self, phone, text):
        request = signed_request(
            settings.TENCENT_SMS, phone, text, int(datetime.now(UTC).timestamp())
        )
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:  # noqa: S310
            response = json.load(answer)["Response"]
        if "Error" in response:
            raise SmsRefused(response["Error"])
        statuses = response.get("SendStatusSet") or [{"Code": "NoStatus"}]
        if statuses[0].get("Code") != "Ok":
            raise SmsRefused(statuses[0])

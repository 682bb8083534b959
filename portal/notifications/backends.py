"""Where text messages go, chosen by settings.SMS_BACKEND (a dotted path to a class):

- ConsoleBackend (the default) writes each message to the log, as Django's console mail does;
- OutboxBackend keeps them in `outbox`, for tests, as django.core.mail.outbox does;
- portal.notifications.tencent.TencentCloudBackend sends them through Tencent Cloud SMS.

A backend's `send(phone, text)` raises when the message was not accepted.
"""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

outbox = []


def masked(phone):
    """A phone as logs show it: 139****2345."""
    return f"{phone[:3]}****{phone[-4:]}"


class ConsoleBackend:
    def send(self, phone, text):
        logger.info("SMS to %s: %s", masked(phone), text)


class OutboxBackend:
    def send(self, phone, text):
        outbox.append({"phone": phone, "text": text})


def sms_backend():
    return import_string(settings.SMS_BACKEND)()

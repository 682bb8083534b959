"""The background tasks that deliver messages (django-tasks; `manage.py db_worker` runs them).

Each tries up to len(NOTIFICATION_RETRY_DELAYS) + 1 times, pausing the given seconds between
attempts (a provider's hiccup rarely lasts a minute); what still fails is logged with its
cause and dropped, so one bad number does not block the queue.
"""

import logging
import time

from django.conf import settings
from django.core import mail
from django_tasks import task

from portal.notifications.backends import masked, sms_backend

logger = logging.getLogger(__name__)


def attempted(send, what):
    """Calls `send()` until it succeeds or the attempts run out; True when it succeeded."""
    delays = list(settings.NOTIFICATION_RETRY_DELAYS)
    for attempt in range(1, len(delays) + 2):
        try:
            send()
            return True
        except Exception:
            if attempt > len(delays):
                logger.exception("Gave up sending %s after %d attempts", what, attempt)
                return False
            logger.warning("Sending %s failed (attempt %d); retrying", what, attempt)
            time.sleep(delays[attempt - 1])


@task()
def deliver_sms(phone, text):
    return attempted(lambda: sms_backend().send(phone, text), f"SMS to {masked(phone)}")


@task()
def deliver_mail(subject, body, recipients):
    return attempted(
        lambda: mail.send_mail(subject, body, None, recipients, fail_silently=False),
        f"mail {subject!r}",
    )

"""The one place that sends messages: mail to staff and workers, SMS to workers (DESIGN,
"notifications").

`send_mail` and `send_sms` hand the message to a background task (notifications/tasks.py),
which tries a few times with a pause between attempts and logs what it could not deliver.
Neither raises into the caller: the record that prompted the message is saved already, and a
lost message must not undo it. Text messages go through the backend named by SMS_BACKEND
(notifications/backends.py); mail through Django's mail, which django-anymail serves in
production (EMAIL_BACKEND, ANYMAIL_*).

Anything a worker receives is rendered in the worker's language: `text_worker` renders it
under `translation.override(language_of(worker))`.
"""

import logging

from django.db import transaction
from django.utils import translation

logger = logging.getLogger(__name__)

# LanguageAbility values (workers/choices.py) of someone who can read a message.
READS = ("reads", "writes")


def language_of(worker):
    """The language of the texts a worker receives: Chinese to a worker who reads Chinese,
    Tibetan otherwise (the worker record keeps what the worker reads, not a preference)."""
    return "zh-hans" if worker.chinese in READS else "bo"


def send_sms(phone, text):
    """Queue a text message to `phone`."""
    from portal.notifications.tasks import deliver_sms

    _enqueue(deliver_sms, phone, str(text))


def send_mail(subject, body, recipients):
    """Queue a plain-text mail to the addresses `recipients`."""
    from portal.notifications.tasks import deliver_mail

    _enqueue(deliver_mail, str(subject), str(body), list(recipients))


def text_worker(worker, render):
    """Queue a text message to a worker; `render()` returns the text and is called in the
    worker's language."""
    with translation.override(language_of(worker)):
        text = str(render())
    send_sms(worker.phone, text)


def _enqueue(task, *args):
    try:
        # A savepoint: a queue that cannot take the task must not break the caller's
        # transaction, which holds the record being saved.
        with transaction.atomic():
            task.enqueue(*args)
    except Exception:
        logger.exception("Could not queue %s", task.name)

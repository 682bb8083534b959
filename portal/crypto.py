"""Personal data at rest: ID and phone numbers are sealed in the database and found by a keyed
hash (DESIGN.md, "Rules that hold everywhere"; PIPL art. 51).

A value is sealed with AES-256-GCM (authenticated: a changed byte fails to open rather than
reading wrong) under a key derived from PERSONAL_DATA_KEY. A lookup hash is an HMAC-SHA256 of
the normalised value under a second derived key: equal values have equal hashes, so a worker
can be found by ID or phone, but the hash cannot be reversed without the key.
"""

import base64
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django import forms
from django.conf import settings
from django.db import models

PREFIX = "v1:"
NONCE_BYTES = 12


class UnreadableValue(Exception):
    """A sealed value that this key cannot open: another key, or a changed database."""


def derived_key(purpose):
    return hmac.new(settings.PERSONAL_DATA_KEY.encode(), purpose, hashlib.sha256).digest()


def seal(text):
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(derived_key(b"seal")).encrypt(nonce, text.encode(), None)
    return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode()


def unseal(stored):
    raw = base64.urlsafe_b64decode(stored.removeprefix(PREFIX))
    try:
        opened = AESGCM(derived_key(b"seal")).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], None)
    except InvalidTag as error:
        raise UnreadableValue(
            "A sealed value could not be opened with PERSONAL_DATA_KEY."
        ) from error
    return opened.decode()


def lookup_hash(kind, normalised):
    """The keyed hash of a normalised value of a kind ("id", "phone"); "" for no value."""
    if not normalised:
        return ""
    message = f"{kind}:{normalised}".encode()
    return hmac.new(derived_key(b"lookup"), message, hashlib.sha256).hexdigest()


class SealedCharField(models.TextField):
    """A short text stored sealed and read back in clear. It cannot be filtered by value (each
    sealing differs): keep a lookup hash beside it and filter by that."""

    def from_db_value(self, value, expression, connection):
        return unseal(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return seal(value) if value else value

    def formfield(self, **kwargs):
        return super().formfield(**{"widget": forms.TextInput, **kwargs})

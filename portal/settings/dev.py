"""Local development: the embedded default, with debugging on."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405
PERSONAL_DATA_KEY = PERSONAL_DATA_KEY or "dev-only-personal-data-key"  # noqa: F405
INTERNAL_IPS = ["127.0.0.1"]

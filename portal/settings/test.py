"""The test suite: fast hashing, no real mail, tasks run at once."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
DEBUG = False
PERSONAL_DATA_KEY = "test-only-personal-data-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
ELASTICSEARCH_URL = ""
SMS_BACKEND = "portal.notifications.backends.OutboxBackend"
# Other apps' admin tests sign in with force_login and no authenticator; the two-factor tests
# (tests/staff/test_two_factor.py) turn it on.
STAFF_TWO_FACTOR_REQUIRED = False

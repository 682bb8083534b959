"""Production: PostgreSQL, Redis, anymail; every secret from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")
if len(PERSONAL_DATA_KEY) < 32 or PERSONAL_DATA_KEY == SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "Set PERSONAL_DATA_KEY in the environment: 32 characters or more, not the SECRET_KEY."
    )

# WhiteNoise serves the static files, compressed, right after the security headers are set.
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("portal.security.PermissionsPolicyMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

if os.environ.get("DATABASE_URL", "").startswith("postgres"):
    DATABASES["default"].setdefault("CONN_MAX_AGE", 60)  # noqa: F405

# The Wagtail admin previews pages in a frame of its own origin, so frames stay SAMEORIGIN
# (base.py) instead of DENY; CSP frame-ancestors 'self' says the same to modern browsers.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

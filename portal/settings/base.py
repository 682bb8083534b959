"""Settings shared by every environment.

Everything that differs between machines comes from environment variables; with none set the
portal runs on the embedded defaults (SQLite, database search, database task queue, console
mail). See README.md for the full list.
"""

import os
from pathlib import Path

import dj_database_url

from portal.i18n import register_tibetan

register_tibetan()

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    return int(os.environ.get(name, default))


SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Seals ID and phone numbers and keys their lookup hashes (portal/crypto.py). Changing it makes
# the sealed values unreadable: keep it with the database backups, apart from SECRET_KEY.
PERSONAL_DATA_KEY = os.environ.get("PERSONAL_DATA_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "home",
    "staff",
    "policies",
    "regions",
    "jobs",
    "cases",
    "training",
    "occupations",
    "resources",
    "search",
    "workers",
    "assessments",
    "careerplans",
    "placements",
    "enterprise",
    "jobseeking",
    "complaints",
    "quality",
    "appointments",
    "audit",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.PermissionsPolicyMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.security.StaffSessionIdleMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "audit.recording.RequestForAudit",
    "staff.two_factor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that a locked-out login attempt is answered before any view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.shared_fragments",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: SQLite in the project folder unless DATABASE_URL names another.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one writer writes; IMMEDIATE avoids "database is locked"
    # when two requests upgrade a read transaction to a write at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Simplified Chinese at /, Tibetan under /bo/ (portal/i18n.py registers Tibetan).
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("bo", "བོད་ཡིག"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Staff work in the admin in Chinese.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# Static files: front-end sources are built by npm into portal/static/dist (see package.json).
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# The yearly archive bundles of worker records (clause 6.5.3): personal data, never served.
ARCHIVE_ROOT = Path(os.environ.get("ARCHIVE_ROOT", BASE_DIR / "archive"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Cache: local memory on one machine, Redis when REDIS_URL is set.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks run from the database queue (`manage.py db_worker`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Search: Wagtail's database index with Chinese and Tibetan cut into words (search/backends);
# the site search asks Elasticsearch instead when ELASTICSEARCH_URL is set, with one index per
# language named <ELASTICSEARCH_INDEX_PREFIX>-pages-<language> (e.g. portal-production-pages-bo).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal")

# Mail goes through django-anymail in production; the console by default.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@lhasa-career.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}

WAGTAIL_SITE_NAME = "拉萨市返乡农民工职业指导服务平台"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Documents include the self-study videos of the resource library (clause 4.4.2(5)), which are
# served by the portal itself; PDFs and videos open in the browser instead of downloading.
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "mp4",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "webm",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain", "video/mp4", "video/webm"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The admin too loads nothing from other hosts: no update check, no Gravatar, no news banner.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security baseline (production.py tightens transport settings).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SESSION_COOKIE_HTTPONLY = True
# Staff are signed out after this much inactivity (portal.security.StaffSessionIdleMiddleware).
STAFF_SESSION_IDLE_SECONDS = env_int("STAFF_SESSION_IDLE_SECONDS", 30 * 60)

# Content-Security-Policy: every asset comes from this host; public pages run no inline script.
# The Wagtail admin ships inline scripts of its own, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# Sign-in lockout (django-axes): after AXES_FAILURE_LIMIT failures the account and address are
# locked for AXES_COOLOFF_TIME hours.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_VERBOSE = False

# The audit log of reads and writes of workers' records (audit/) is kept this many days; the
# purge_audit_log command refuses fewer than 183 (six months).
AUDIT_LOG_RETENTION_DAYS = env_int("AUDIT_LOG_RETENTION_DAYS", 365)
# Reverse proxies in front of the portal that add the client's address to X-Forwarded-For;
# with 0 the header is ignored (a client can write it) and REMOTE_ADDR is the address logged.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Staff who can open workers' records sign in with an authenticator code too (staff/two_factor).
STAFF_TWO_FACTOR_REQUIRED = os.environ.get("STAFF_TWO_FACTOR_REQUIRED", "true").lower() != "false"
# Wrong authenticator codes in a row before two-factor sign-in is locked for AXES_COOLOFF_TIME.
STAFF_TWO_FACTOR_FAILURE_LIMIT = AXES_FAILURE_LIMIT

# The public job-intake form (jobs/intake): submissions accepted from one address per hour.
JOB_INTAKE_PER_HOUR = env_int("JOB_INTAKE_PER_HOUR", 5)
# Complaints (complaints/): complaints accepted per hour from one address and about one phone;
# lookups per hour from one address and of one reference; days before the due date that the
# department is reminded (remind_complaint_officers, daily).
COMPLAINTS_PER_HOUR = env_int("COMPLAINTS_PER_HOUR", 3)
COMPLAINT_LOOKUPS_PER_HOUR = env_int("COMPLAINT_LOOKUPS_PER_HOUR", 10)
COMPLAINT_REMINDER_DAYS = env_int("COMPLAINT_REMINDER_DAYS", 3)
APPOINTMENTS_PER_HOUR = env_int("APPOINTMENTS_PER_HOUR", 5)
SELF_ASSESSMENTS_PER_HOUR = env_int("SELF_ASSESSMENTS_PER_HOUR", 30)
SURVEYS_PER_HOUR = env_int("SURVEYS_PER_HOUR", 10)
# Days a satisfaction survey link stays open (clause 7.2).
SURVEY_DAYS = env_int("SURVEY_DAYS", 14)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every page edit at INFO; the page history in the admin keeps them anyway.
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        # WeasyPrint logs each step of every PDF it makes at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Text messages (portal/notifications): written to the log by default; in production
# SMS_BACKEND=portal.notifications.tencent.TencentCloudBackend with the TENCENT_SMS_* variables.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "portal.notifications.backends.ConsoleBackend")
TENCENT_SMS = {
    "SECRET_ID": os.environ.get("TENCENT_SMS_SECRET_ID", ""),
    "SECRET_KEY": os.environ.get("TENCENT_SMS_SECRET_KEY", ""),
    "APP_ID": os.environ.get("TENCENT_SMS_APP_ID", ""),
    "SIGN_NAME": os.environ.get("TENCENT_SMS_SIGN_NAME", ""),
    "TEMPLATE_ID": os.environ.get("TENCENT_SMS_TEMPLATE_ID", ""),
    "REGION": os.environ.get("TENCENT_SMS_REGION", "ap-guangzhou"),
}
# Seconds between the attempts at delivering a mail or SMS; after the last, it is logged.
NOTIFICATION_RETRY_DELAYS = (10, 60)
# Counsellors are reminded this many days before a follow-up is due (and again when overdue).
FOLLOW_UP_REMINDER_DAYS = env_int("FOLLOW_UP_REMINDER_DAYS", 2)
# Staff are reminded this many days before a qualification expires or their check falls due.
STAFF_REMINDER_DAYS = env_int("STAFF_REMINDER_DAYS", 30)

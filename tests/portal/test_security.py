"""Security baseline: headers, sign-in lockout, idle staff sessions, production settings."""

import importlib
import re
import time

import pytest
from django.contrib.auth.models import User
from django.test import override_settings


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/bo/", "/disclosure/"])
def test_public_pages_carry_the_security_headers(client, site, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in csp
    assert directives["default-src"] == "'self'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_public_pages_run_no_inline_script(client, site, menus):
    content = client.get("/").content.decode()
    for tag in re.findall(r"<script\b[^>]*>", content):
        assert "src=" in tag, f"inline script: {tag}"
    assert not re.search(r"<[^>]+\son[a-z]+=", content), "inline event handler"


@pytest.mark.django_db
def test_hsts_is_sent_over_https_in_production(client, site):
    with override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True):
        response = client.get("/", secure=True)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def reload_production_settings():
    """Import the production settings afresh, reading the environment as it is now."""
    importlib.reload(importlib.import_module("portal.settings.base"))
    return importlib.reload(importlib.import_module("portal.settings.production"))


def test_production_settings_are_strict(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("PERSONAL_DATA_KEY", "y" * 40)
    production = reload_production_settings()
    assert production.DEBUG is False
    assert production.SECURE_HSTS_SECONDS >= 31536000
    assert production.SECURE_SSL_REDIRECT is True
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured):
        reload_production_settings()


@pytest.mark.parametrize("key", [None, "short", "x" * 50])
def test_production_refuses_a_missing_short_or_reused_personal_data_key(monkeypatch, key):
    """ID and phone numbers are sealed with a key of their own, never the SECRET_KEY."""
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    if key is None:
        monkeypatch.delenv("PERSONAL_DATA_KEY", raising=False)
    else:
        monkeypatch.setenv("PERSONAL_DATA_KEY", key)
    with pytest.raises(ImproperlyConfigured, match="PERSONAL_DATA_KEY"):
        reload_production_settings()


@pytest.mark.django_db
def test_admin_sign_in_locks_out_after_repeated_failures(client, settings):
    User.objects.create_user("counsellor", password="correct-horse-battery")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(
            "/admin/login/", {"username": "counsellor", "password": "wrong"}, REMOTE_ADDR="10.0.0.1"
        )
        assert response.status_code == 200
    last_failure = client.post(
        "/admin/login/", {"username": "counsellor", "password": "wrong"}, REMOTE_ADDR="10.0.0.1"
    )
    assert last_failure.status_code == 429
    locked = client.post(
        "/admin/login/",
        {"username": "counsellor", "password": "correct-horse-battery"},
        REMOTE_ADDR="10.0.0.1",
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "登录已锁定" in locked.content.decode()


@pytest.mark.django_db
def test_staff_session_ends_after_inactivity(client, settings):
    staff = User.objects.create_superuser("supervisor", password="correct-horse-battery")
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200

    session = client.session
    session["last_activity"] = int(time.time()) - settings.STAFF_SESSION_IDLE_SECONDS - 1
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


@pytest.mark.django_db
def test_active_staff_session_stays_open(client, settings):
    staff = User.objects.create_superuser("supervisor", password="correct-horse-battery")
    client.force_login(staff)
    session = client.session
    session["last_activity"] = int(time.time()) - settings.STAFF_SESSION_IDLE_SECONDS + 60
    session.save()
    assert client.get("/admin/").status_code == 200

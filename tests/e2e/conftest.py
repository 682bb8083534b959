"""The browser-test harness.

One Chromium (Debian's /usr/bin/chromium, driven by sync Playwright) serves every test of this
package; each test gets a fresh browser context on a live server that serves the real built
static files (portal/static/dist). Content comes from the project's own `load_demo_content`
command, loaded once per run and committed (tests/conftest.py: demo_database), so that the
server's thread sees it on PostgreSQL too.

Tests here therefore share the demo content and must leave it usable for the others: a test
that adds something gives it a name of its own, and checks what it finds by that name. They
use no `django_db` mark: the `demo` fixture (through this package's `db`) opens the database.
"""

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from tests.e2e.helpers import path_of

# Sync Playwright keeps an asyncio loop marked as running in the test thread, so Django's
# async-safety check would refuse every ORM call ("You cannot call this from an async context").
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DEFAULT_TIMEOUT_MS = 10_000


@contextmanager
def thread_local_connections():
    """Keep Django's database connections per thread while Playwright's loop runs.

    Sync Playwright leaves its asyncio loop marked as running in the test thread. Django keeps
    connections in an asgiref `Local(thread_critical=True)`, which then switches from plain
    thread-local storage to context-local storage: the test code gets a second connection, one
    without the `_test_serialized_contents` that pytest-django's serialized rollback restores
    from, so the rows made by migrations (locales, root page, groups) are lost after the first
    browser test (pytest-dev/pytest-django#1117). Using the thread-local storage itself gives
    every thread, the live server's included, exactly the connections it has without a loop.
    """
    from django.db import connections

    local = connections._connections
    storage = getattr(local, "_storage", None)
    if not isinstance(storage, threading.local):  # an asgiref this was not written for
        yield
        return
    connections._connections = storage
    try:
        yield
    finally:
        connections._connections = local


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the whole e2e package.

    Package scope rather than session scope: Playwright's event loop stays marked as running in
    the main thread for as long as it lives, which would break async tests (asyncio.run,
    async_to_sync) in other folders that run after this one.
    """
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run `apt-get install --no-install-recommends chromium` "
            "(scripts/install-system-packages.sh does). Never `playwright install`.",
            pytrace=False,
        )
    with thread_local_connections(), sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="package")
def portal_server(demo_database):
    """pytest-django's live server helper, started for this package.

    Not its `live_server` fixture: that one makes every test transactional, and each test's
    flush would take the demo content away. On the in-memory SQLite database the server's thread
    shares the test thread's connection; on PostgreSQL it has its own and sees what is committed.
    """
    server = LiveServer("localhost")
    server._live_server_modified_settings.enable()
    yield server
    server._live_server_modified_settings.disable()
    server.stop()


@pytest.fixture
def portal_url(portal_server):
    """Absolute address on the live server of a path ("/bo/") or of a Wagtail page."""

    def build(target="/"):
        path = target if isinstance(target, str) else path_of(target)
        parts = urlsplit(path)
        return portal_server.url + parts.path + (f"?{parts.query}" if parts.query else "")

    return build


@pytest.fixture
def new_context(portal_server, browser):
    """Make browser contexts (closed after the test) with relative URLs on the live server.

    Keyword arguments go to `browser.new_context`, e.g. `bypass_csp=True` or
    `java_script_enabled=False`.
    """
    contexts = []

    def make(**options):
        options.setdefault("base_url", portal_server.url)
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


class DemoContent:
    """Finds the demo pages through the models, so tests never hard-code their addresses."""

    def home(self, language):
        from home.models import HomePage

        return HomePage.objects.live().get(locale__language_code=language)

    def disclosure(self, kind, language):
        from home.models import StandardPage

        return StandardPage.objects.live().get(kind=kind, locale__language_code=language)

    def translation(self, page, language):
        return page.get_translation(self._locale(language)).specific

    def _locale(self, language):
        from wagtail.models import Locale

        return Locale.objects.get(language_code=language)


@pytest.fixture
def db(demo_database, django_db_blocker):
    """pytest-django's `db`, redefined for this package: the shared demo database, open to the
    test without a transaction around it (what the test writes, the server sees). A fixture of
    this name also makes pytest-django create the test database when only browser tests run."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def demo(db, demo_database, portal_server):
    """The demo content (see DemoContent) on the running server."""
    return DemoContent()

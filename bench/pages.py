"""Benchmark of the public pages: bytes on a first visit and SQL queries per request.

Builds a scratch database with the demo content, collects the static files the way production
serves them (WhiteNoise, compressed, hashed names), then asks for one page of every page type in
both languages as a phone's browser would on its first visit: the HTML, then every stylesheet,
icon, script and image it names, and each web font whose unicode-range covers a character on
the page (that is how browsers decide which font files to download); images count even when
lazy-loaded below the fold, so the figure is an upper bound. Sizes are the bytes on the
wire with `Accept-Encoding: br, gzip`. Queries are counted with warm caches (the usual request)
and right after a publish (menus, footer and home-page blocks rendered again).

Run from the repository root after `make setup` (a scratch SQLite database by default; for
PostgreSQL set BENCH_DATABASE_URL to a database that may be emptied):

    .venv/bin/python bench/pages.py            # every page type
    .venv/bin/python bench/pages.py / /bo/     # just these paths

Targets: at most 150 KB on a first load of any page; at most 15 queries per request for the
home page (issue 2). Other page types have their query budgets in their tests.
"""

import os
import re
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin, urlparse

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="portal-bench-"))

os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "PERSONAL_DATA_KEY": "bench-only-" + "y" * 40,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        # Never the database in DATABASE_URL: the benchmark empties the one it uses.
        "DATABASE_URL": os.environ.get(
            "BENCH_DATABASE_URL", f"sqlite:///{SCRATCH / 'bench.sqlite3'}"
        ),
        "STATIC_ROOT": str(SCRATCH / "static"),
        "MEDIA_ROOT": str(SCRATCH / "media"),
        "LOG_LEVEL": "WARNING",
    }
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

BYTES_TARGET = 150 * 1024
QUERY_TARGETS = {"HomePage": 15, "": 15}
ASSET = re.compile(
    r"<(?:link\b(?=[^>]*\brel=\"(?:stylesheet|icon|preload)\")[^>]*\bhref|"
    r"(?:script|img|source)\b[^>]*\bsrc)=\"([^\"]+)\""
)
FONT_FACE = re.compile(r"@font-face\{([^}]*)\}")


def covered(ranges, text):
    """Whether any character of `text` falls in a CSS unicode-range list."""
    spans = []
    for part in ranges.split(","):
        start, _, end = part.strip().removeprefix("U+").partition("-")
        spans.append((int(start, 16), int(end or start, 16)))
    return any(low <= ord(ch) <= high for ch in set(text) for low, high in spans)


def fonts_used(css, css_url, text):
    urls = []
    for face in FONT_FACE.findall(css):
        ranges = re.search(r"unicode-range:([^;]+)", face)
        if ranges is None or covered(ranges.group(1), text):
            source = re.search(r"url\(\"?([^\")]+)\"?\)", face).group(1)
            urls.append(urljoin(css_url, source))
    return urls


def fetch(client, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="br, gzip")
    assert response.status_code == 200, (url, response.status_code)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def decoded(response, body):
    encoding = response.headers.get("Content-Encoding")
    if encoding == "br":
        import brotli

        return brotli.decompress(body)
    if encoding == "gzip":
        import gzip

        return gzip.decompress(body)
    return body


def media_file(url):
    """Uploaded files are served by the web server in production: their size on disk."""
    from django.conf import settings

    return (Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)).stat().st_size


def first_load(client, path):
    """Every file a first visit to `path` downloads, with its size on the wire."""
    response, body = fetch(client, path)
    html = decoded(response, body).decode()
    files = [(path, len(body), response.headers.get("Content-Encoding", "identity"))]
    text = re.sub(r"<[^>]+>", " ", html)
    for url in dict.fromkeys(ASSET.findall(html)):
        assert not urlparse(url).netloc, f"asset from another host: {url}"
        if url.startswith("/media/"):
            files.append((url, media_file(url), "file"))
            continue
        asset, asset_body = fetch(client, url)
        files.append((url, len(asset_body), asset.headers.get("Content-Encoding", "identity")))
        if url.endswith(".css"):
            css = decoded(asset, asset_body).decode()
            for font_url in fonts_used(css, url, text):
                font, font_body = fetch(client, font_url)
                files.append((font_url, len(font_body), "woff2"))
    return files


def queries(client, path, warm):
    if not warm:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def timing(client, path, requests=200):
    started = time.perf_counter()
    for _ in range(requests):
        client.get(path, HTTP_ACCEPT_ENCODING="br, gzip")
    return (time.perf_counter() - started) / requests * 1000


def page_of_every_type():
    """The first live page of each page type, in each language."""
    from wagtail.models import Page

    paths = []
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path"):
        kind = (page.content_type_id, page.locale.language_code)
        if kind not in seen:
            seen.add(kind)
            paths.append((page.specific_class.__name__, page.url))
    return sorted(paths, key=lambda item: (item[0] != "HomePage", item[0], item[1]))


def main(paths):
    call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()
    ok = True
    print(f"Page benchmark ({connection.vendor}, production settings, WhiteNoise)\n")
    targets = [("", path) for path in paths] or page_of_every_type()
    for kind, path in targets:
        files = first_load(client, path)
        total = sum(size for _, size, _ in files)
        cold = queries(client, path, warm=False)
        warm = queries(client, path, warm=True)
        mean_ms = timing(client, path)
        print(f"{kind} {path}".strip())
        for url, size, encoding in files:
            print(f"  {size / 1024:7.1f} KB  {encoding:8}  {url}")
        print(f"  {total / 1024:7.1f} KB  first load (target ≤ {BYTES_TARGET // 1024} KB)")
        print(f"  queries: {warm} per request with warm caches, {cold} after a publish")
        print(f"  render: {mean_ms:.1f} ms mean over 200 requests, one process\n")
        ok &= total <= BYTES_TARGET and warm <= QUERY_TARGETS.get(kind, warm)
    print("within targets" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

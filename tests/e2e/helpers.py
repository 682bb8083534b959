"""Small helpers the browser tests share: page addresses and links found by where they point."""

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings

AXE = Path(settings.BASE_DIR) / "node_modules/axe-core/axe.min.js"
TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
HAN = re.compile(r"[\u4E00-\u9FFF]")
LANGUAGES = ("zh-hans", "bo")
HTML_LANG = {"zh-hans": "zh-Hans", "bo": "bo"}


def path_of(page):
    """The decoded path of a Wagtail page, e.g. /bo/... for a Tibetan page."""
    return unquote(urlsplit(page.get_url()).path)


def current_path(browser_page):
    """The decoded path the browser is showing."""
    return unquote(urlsplit(browser_page.url).path)


def link_to(browser_page, path, within=("body",)):
    """The first visible link, searched in each selector of `within` in turn, whose address
    resolves to `path`; None when there is none.

    Links are matched on their resolved address (as the browser would follow them), so relative,
    absolute and percent-encoded hrefs of the same page all count.
    """
    for scope in within:
        links = browser_page.locator(f"{scope} a[href]")
        hrefs = links.evaluate_all("links => links.map(link => link.href)")
        for index, href in enumerate(hrefs):
            if unquote(urlsplit(href).path) == path and links.nth(index).is_visible():
                return links.nth(index)
    return None


def resolved_path(browser_page, href):
    return unquote(urlsplit(urljoin(browser_page.url, href)).path)

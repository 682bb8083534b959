"""What the browser fetches: everything from the portal itself, and the Tibetan web font."""

from urllib.parse import urlsplit

import pytest

from tests.e2e.helpers import LANGUAGES, path_of

pytestmark = pytest.mark.browser

# Addresses the browser resolves itself; they never reach the network.
LOCAL_SCHEMES = {"data", "blob", "about"}
FONT_LOADED = """async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter(
        face => face.family.replace(/["']/g, "") === "Portal Tibetan"
    );
    return {
        check: document.fonts.check('16px "Portal Tibetan"', "བོད"),
        statuses: faces.map(face => face.status),
    };
}"""


def test_no_request_leaves_the_portal(page, demo, portal_server):
    """4.1.2 (information security) and the design rule "no asset from a CDN": loading the home
    page and a disclosure page (7.1.1) in both languages requests nothing from another host, and
    the Content-Security-Policy reports no blocked resource."""
    host = urlsplit(portal_server.url).netloc
    requests = []
    errors = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("requestfailed", lambda request: errors.append(f"failed: {request.url}"))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))

    for language in LANGUAGES:
        for target in (demo.home(language), demo.disclosure("service_process", language)):
            assert page.goto(path_of(target)).status == 200
            page.evaluate("document.fonts.ready.then(() => true)")
            page.wait_for_load_state("networkidle")

    assert any(url.endswith("/portal.css") for url in requests), requests
    foreign = [
        url
        for url in requests
        if urlsplit(url).scheme not in LOCAL_SCHEMES and urlsplit(url).netloc != host
    ]
    assert not foreign, f"requests left the portal ({host}): {foreign}"
    assert not errors, errors


def test_tibetan_web_font_is_loaded_on_tibetan_pages(page, demo, portal_server):
    """4.1.3: Tibetan text is drawn with the portal's own Tibetan web font, served from
    /static/dist/fonts/ (readers' phones often have no Tibetan font)."""
    fonts = []
    page.on(
        "response",
        lambda response: response.url.endswith(".woff2") and fonts.append(response),
    )
    assert page.goto(path_of(demo.home("bo"))).status == 200
    loaded = page.evaluate(FONT_LOADED)

    served = [
        response
        for response in fonts
        if urlsplit(response.url).netloc == urlsplit(portal_server.url).netloc
        and urlsplit(response.url).path.startswith("/static/dist/fonts/")
    ]
    assert served, f"no Tibetan web font requested from the portal: {[r.url for r in fonts]}"
    assert all(response.status == 200 for response in served), [
        (response.url, response.status) for response in served
    ]
    assert "loaded" in loaded["statuses"], f"Portal Tibetan font faces: {loaded['statuses']}"
    assert loaded["check"]

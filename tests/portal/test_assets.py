"""Every asset a page loads is served by the portal itself (no CDN, no external font)."""

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings

DIST = Path(settings.BASE_DIR) / "portal/static/dist"
ASSET_ATTRIBUTES = re.compile(r"<(?:script|img|source|iframe|video|audio)\b[^>]*\bsrc=\"([^\"]+)\"")
LINKED = re.compile(r"<link\b(?=[^>]*\brel=\"(?:stylesheet|icon|preload|modulepreload)\")[^>]*")


def asset_urls(html):
    urls = ASSET_ATTRIBUTES.findall(html)
    urls += [re.search(r'href="([^"]+)"', tag).group(1) for tag in LINKED.findall(html)]
    return urls


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/bo/", "/disclosure/", "/bo/no-such-page/"])
def test_pages_load_assets_only_from_the_portal(client, site, menus, path):
    html = client.get(path).content.decode()
    urls = asset_urls(html)
    assert any(url.endswith("portal.css") for url in urls)
    for url in urls:
        assert urlparse(url).netloc in ("", "testserver"), url


def test_stylesheet_and_fonts_are_built_and_local():
    css = (DIST / "portal.css").read_text()
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css), "the stylesheet loads a remote file"
    assert "@import" not in css
    fonts = re.findall(r'url\("?(fonts/[\w-]+\.woff2)"?\)', css)
    assert fonts, "no Tibetan web font in the stylesheet"
    for font in fonts:
        assert (DIST / font).stat().st_size > 10_000


def test_tibetan_font_is_only_for_tibetan_characters_and_swaps():
    css = (DIST / "portal.css").read_text()
    faces = re.findall(r"@font-face\{[^}]*\}", css)
    assert faces
    for face in faces:
        assert "font-display:swap" in face
        ranges = re.search(r"unicode-range:([^;}]+)", face).group(1)
        for part in ranges.split(","):
            start = int(part.strip().removeprefix("U+").split("-")[0], 16)
            assert 0x0F00 <= start <= 0x0FFF or start == 0x25CC, part


def test_common_tibetan_font_file_shapes_stacks():
    """The common file keeps the shaping features that build Tibetan stacks."""
    from fontTools.ttLib import TTFont

    font = TTFont(DIST / "fonts/tibetan-common.woff2")
    cmap = font.getBestCmap()
    for character in "ཀཁགངབོདཡིགསྐྱྲླ་།":
        assert ord(character) in cmap, character
    features = {record.FeatureTag for record in font["GSUB"].table.FeatureList.FeatureRecord}
    assert {"ccmp", "blws", "abvs"} <= features


@pytest.mark.django_db
def test_staff_admin_loads_nothing_from_other_hosts(client, site, django_user_model):
    staff = django_user_model.objects.create_superuser(
        "editor", email="editor@lhasa-career.example", password="correct-horse-battery"
    )
    client.force_login(staff)
    for path in ("/admin/", f"/admin/pages/{site['home'].pk}/edit/", "/admin/users/"):
        html = client.get(path).content.decode()
        urls = asset_urls(html) + re.findall(r'<img\b[^>]*\bsrc="([^"]+)"', html)
        assert urls, path
        for url in urls:
            assert urlparse(url).netloc in ("", "testserver"), (path, url)
        assert "gravatar" not in html


def test_structured_data_cannot_break_out_of_its_script_element():
    import json

    from portal.templatetags.portal_tags import json_ld

    html = json_ld({"name": "</script><script>alert(1)</script>", "issuer": "拉萨&西藏"})
    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body) == {"name": "</script><script>alert(1)</script>", "issuer": "拉萨&西藏"}

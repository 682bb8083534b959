import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import LinkBlock
from home.models import StandardPage


@pytest.mark.django_db
def test_disclosure_section_lists_its_disclosures(client, site):
    """7.1.1: the disclosure section leads to each published disclosure."""
    content = client.get("/disclosure/").content.decode()
    assert '<a href="/disclosure/process/">服务流程</a>' in content


@pytest.mark.django_db
def test_process_disclosure_shows_its_steps(client, site):
    """7.1.1: the service process is published step by step."""
    content = client.get("/disclosure/process/").content.decode()
    assert '<ol class="steps">' in content
    assert "<strong>登记</strong>" in content


@pytest.mark.django_db
def test_unpublished_disclosure_is_not_listed_or_served(client, site):
    site["process"].unpublish()
    assert "服务流程" not in client.get("/disclosure/").content.decode()
    assert client.get("/disclosure/process/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "centre"),
    [("/", "城关区返乡农民工职业指导服务站"), ("/bo/", "ཁྲིན་ཀོན་ཆུས་ཀྱི་ལས་ཞུགས་ཞབས་ཞུ་ས་ཚིགས།")],
)
def test_footer_shows_hotline_and_service_centres_in_the_page_language(
    client, site, centres, path, centre
):
    """4.3.1(1): the bilingual hotline, addresses and opening hours are on every page."""
    content = client.get(path).content.decode()
    footer = content[content.index('<footer class="site-footer">') :]
    assert 'href="tel:12333"' in footer
    assert centre in footer
    other = {"/": "ཁྲིན་ཀོན་ཆུས", "/bo/": "城关区返乡"}[path]
    assert other not in footer


@pytest.mark.django_db
def test_footer_falls_back_to_chinese_centres_before_they_are_translated(client, site):
    from home.models import ServiceCentre

    ServiceCentre.objects.create(
        name="达孜区服务站", district="dazi", address="达孜区", opening_hours="9:30–18:30"
    )
    assert "达孜区服务站" in client.get("/bo/").content.decode()


@pytest.mark.django_db
def test_menu_links_lead_to_the_page_in_the_reader_language(client, site, menus):
    chinese = client.get("/").content.decode()
    tibetan = client.get("/bo/").content.decode()
    assert '<a href="/disclosure/">服务公开</a>' in chinese
    assert '<a href="/bo/disclosure/">ཞབས་ཞུ་གསལ་བསྒྲགས།</a>' in tibetan


@pytest.mark.django_db
def test_latest_items_show_newest_first_and_an_empty_state(client, site):
    home = site["home"]
    home.body = [
        ("latest", {"heading": "最新公开", "section": site["disclosures"], "count": 5}),
        ("latest", {"heading": "空栏目", "section": site["process"], "count": 5}),
    ]
    home.save_revision().publish()
    newer = site["disclosures"].add_child(
        instance=StandardPage(title="服务要求", slug="requirements", kind="service_requirements")
    )
    newer.save_revision().publish()
    content = client.get("/").content.decode()
    latest = content[content.index("最新公开") : content.index("空栏目")]
    assert latest.index("服务要求") < latest.index("服务流程")
    assert "Nothing has been published" not in latest
    empty = content[content.index("空栏目") :]
    assert 'class="empty-state"' in empty


def test_a_link_needs_a_page_or_an_address():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "x", "page": None, "url": ""}))
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(block.to_python({"label": "", "page": None, "url": "tel:12333"}))
    assert block.clean(block.to_python({"label": "热线", "page": None, "url": "tel:12333"}))


@pytest.mark.django_db
def test_sitemap_lists_both_languages_with_alternates(client, site):
    content = client.get("/sitemap.xml").content.decode()
    root = site["home"].get_site().root_url
    assert f"<loc>{root}/bo/disclosure/</loc>" in content
    entry = re.search(rf"<url><loc>{root}/disclosure/</loc>.*?</url>", content).group(0)
    assert f'hreflang="bo" href="{root}/bo/disclosure/"' in entry
    assert f'hreflang="zh-Hans" href="{root}/disclosure/"' in entry


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, site):
    content = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in content
    assert "Sitemap: http://testserver/sitemap.xml" in content

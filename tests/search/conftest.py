"""Fixtures of the search tests: pages with text in both languages, built through the models."""

import pytest
from django.core.cache import cache

from home.models import StandardPage
from portal.i18n import forget_locales
from portal.text import vocabulary_changed
from search.backends import forget_unavailability
from search.backends.elasticsearch import disconnect


@pytest.fixture(autouse=True)
def fresh_search(settings):
    """The editors' vocabulary is loaded per process; each test reads it afresh. Elasticsearch
    stays out of the tests that do not ask for it, even when ELASTICSEARCH_URL is set (the
    `cluster` fixture of test_elasticsearch.py asks for it)."""
    settings.ELASTICSEARCH_URL = ""
    vocabulary_changed()
    forget_unavailability()
    disconnect()
    yield
    vocabulary_changed()
    forget_unavailability()
    disconnect()


def paragraphs(*texts):
    return [("paragraph", "".join(f"<p>{text}</p>" for text in texts))]


def add_page(parent, title, *texts, summary="", slug=None, locale=None, publish=True, **fields):
    """A StandardPage below `parent` with `texts` as its body paragraphs, published."""
    page = StandardPage(
        title=title,
        slug=slug or f"p-{StandardPage.objects.count() + 1}",
        summary=summary,
        body=paragraphs(*texts),
        **({"locale": locale} if locale else {}),
        **fields,
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


@pytest.fixture
def pages(site, tibetan):
    """A few pages in each language, below the disclosure section of the shared `site`."""
    zh, bo = site["disclosures"], site["bo_disclosures"]
    made = {
        "electrician": add_page(
            zh, "七月岗位信息", "本月招聘高压电工", "工作地点：城关区，月薪六千元。", slug="july"
        ),
        "power": add_page(zh, "水电项目介绍", "水力发电工程需要大量建筑工人。", slug="power"),
        "chengguan": add_page(
            zh, "城关区返乡农民工服务站", "地址：拉萨市城关区北京中路。", slug="chengguan"
        ),
        "bo_electrician": add_page(
            bo,
            "ཟླ་བ་བདུན་པའི་ལས་གནས་ཆ་འཕྲིན།",
            "ཁྲིན་ཀོན་ཆུས་ཀྱི་དངོས་ཟོག་དོ་དམ་ཀུང་སིས་གློག་བཟོ་བ་གཉིས་འདེམས་སྒྲུག་བྱེད།",
            slug="bo-july",
            locale=tibetan,
        ),
        "bo_service": add_page(
            bo,
            "ཞབས་ཞུའི་ནང་དོན།",
            "ང་ཚོས་རིན་མེད་དུ་ལས་རིགས་མཛུབ་སྟོན་ཞབས་ཞུ་མཁོ་སྤྲོད་བྱེད།",
            slug="bo-service",
            locale=tibetan,
        ),
    }
    forget_locales()
    cache.clear()
    return made

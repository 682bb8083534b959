"""The demo case studies (cases/demo.py): six invented workers from several counties and
every group, complete in Chinese and Tibetan."""

import re

import pytest

from cases.models import CaseIndexPage, CasePage
from policies.models import PolicyPage

HAN = re.compile(r"[\u4e00-\u9fff]")
TIBETAN = re.compile(r"[\u0f00-\u0fff]")


def alt_texts(page):
    texts = [photo.alt_text for photo in page.photos.all()]
    texts += [block.value["alt_text"] for block in page.story if block.block_type == "image"]
    return texts


@pytest.mark.django_db
def test_demo_case_studies(demo_database, client):
    """4.4.2(4) and 5.2(5): six case studies from at least five counties, covering women,
    youth, long-term returnees and ethnic minorities, each with its Tibetan translation (4.1.3)
    whose photos have Tibetan alternative text; every person is named as invented (化名); the
    policy support names policies of the library (4.4.2(1)). (One test: loading the demo takes
    a while.)"""
    chinese = list(CasePage.objects.live().filter(locale__language_code="zh-hans"))
    tibetan = list(CasePage.objects.live().filter(locale__language_code="bo"))
    assert len(chinese) == len(tibetan) == 6
    assert {p.translation_key for p in chinese} == {p.translation_key for p in tibetan}
    assert len({page.district for page in chinese}) >= 5
    groups = {group.code for page in chinese for group in page.target_groups.all()}
    assert groups == {"women", "youth", "long_term_returnees", "ethnic_minorities"}
    assert {page.outcome for page in chinese} == {"employed", "business", "cooperative"}
    index = CaseIndexPage.objects.get(locale__language_code="zh-hans")
    assert index.get_parent().specific_class.__name__ == "HomePage"
    assert index.slug == "cases"

    for page in chinese:
        texts = alt_texts(page)
        assert texts and all(HAN.search(text) for text in texts), texts
        assert "化名" in page.person
        assert page.has_figures and page.income_change is not None
    for page in tibetan:
        texts = alt_texts(page)
        assert texts and all(TIBETAN.search(t) and not HAN.search(t) for t in texts), texts
        assert "མིང་བརྫུས" in page.person
        assert not HAN.search(page.title + page.lesson + page.person)

    policies = [
        block.value["page"]
        for page in chinese
        for block in page.support
        if block.block_type == "policy"
    ]
    assert len(policies) >= 4
    assert all(isinstance(page.specific, PolicyPage) for page in policies)

    page = tibetan[0]
    html = client.get(page.url).content.decode()
    assert page.lesson in html
    for alt in alt_texts(page):
        assert f'alt="{alt}"' in html
    assert client.get("/bo/cases/").status_code == 200

"""Wagtail's database index holds segmented text, so Wagtail's own search (the admin's) finds
Chinese and Tibetan words too; `manage.py reindex_search` rebuilds it with a progress bar."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search.index import SiteSearch, page_text, searchable_page_models, site_search_of

pytestmark = pytest.mark.django_db


def entry_text(page):
    IndexEntry = get_app_config().get_model("IndexEntry")
    entry = IndexEntry.objects.get(object_id=str(page.pk))
    if connection.vendor == "postgresql":
        return f"{entry.title_text} {entry.body_text}"
    return f"{entry.title} {entry.body}"


def test_the_index_holds_words_separated_by_spaces(pages):
    text = entry_text(pages["electrician"])
    assert "招聘 高压 电工" in text
    assert "城关区 城关" in text
    assert "bo" in entry_text(pages["bo_electrician"]) and "གློག" not in entry_text(
        pages["bo_electrician"]
    )


def test_the_postgresql_index_uses_the_simple_configuration():
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert backend.config == "simple"
    assert type(backend).__name__.startswith("Segmented")


def test_wagtails_own_search_finds_chinese_and_tibetan_words(pages):
    assert list(Page.objects.live().search("电工")) == [pages["electrician"].page_ptr]
    found = Page.objects.live().search("གློག་བཟོ")
    assert pages["bo_electrician"].page_ptr in list(found)
    assert pages["power"].page_ptr not in list(Page.objects.live().search("电工"))


def test_the_admin_page_search_finds_a_word_of_a_title(admin_client, pages):
    """The admin looks for the start of words in titles (Wagtail's autocomplete)."""
    for query, title in [("岗位", "七月岗位信息"), ("ཞབས་ཞུ", "ཞབས་ཞུའི་ནང་དོན།")]:
        response = admin_client.get("/admin/pages/search/", {"q": query})
        assert response.status_code == 200
        assert title in response.content.decode(), query


def test_autocomplete_finds_the_start_of_a_word(pages):
    titles = [page.title for page in Page.objects.live().autocomplete("城关")]
    assert "城关区返乡农民工服务站" in titles


def test_standard_pages_opt_in_to_the_site_search_with_a_label():
    entry = site_search_of(StandardPage)
    assert isinstance(entry, SiteSearch)
    assert str(entry.label)
    assert StandardPage in searchable_page_models()
    assert site_search_of(Page) is None


def test_the_snippet_text_is_every_search_field_but_the_title(pages):
    text = page_text(pages["electrician"])
    assert "本月招聘高压电工" in text and "七月岗位信息" not in text


def test_reindex_rebuilds_the_database_index_and_shows_progress(pages):
    IndexEntry = get_app_config().get_model("IndexEntry")
    IndexEntry.objects.all().delete()
    assert not Page.objects.live().search("电工")

    output = io.StringIO()
    call_command("reindex_search", "--batch-size", "2", stdout=output)
    log = output.getvalue()
    total = Page.objects.count()
    assert f"Database index: {total}/{total} (100%)" in log
    assert f"Indexed {total} pages" in log
    assert list(Page.objects.live().search("电工")) == [pages["electrician"].page_ptr]


def test_reindex_of_elasticsearch_needs_its_address(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL"):
        call_command("reindex_search", "--elasticsearch", stdout=io.StringIO())

"""The Elasticsearch path: mappings and queries as the code builds them, the fall-back to the
database when the cluster cannot be reached, and (with ELASTICSEARCH_URL set) a real cluster.

No cluster can be reached on the development machines, so the unit tests check the request
bodies; the integration tests at the end run only when ELASTICSEARCH_URL names a cluster:

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python -m pytest tests/search -m elasticsearch
"""

import io
import logging
import os
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from portal.text import parse_query
from search.backends import elasticsearch as es
from search.service import scope_for, search
from tests.search.conftest import add_page

pytestmark = pytest.mark.django_db

UNREACHABLE = "http://127.0.0.1:9"  # nothing listens on the discard port


def test_each_language_has_its_own_index_named_with_the_environments_prefix(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "portal-staging"
    assert es.index_name("zh-hans") == "portal-staging-pages-zh-hans"
    assert es.index_name("bo") == "portal-staging-pages-bo"
    assert es.new_index("bo", suffix="1")._name == "portal-staging-pages-bo-1"


def test_the_mapping_splits_pre_segmented_text_on_whitespace():
    body = es.new_index("bo", suffix="1").to_dict()
    assert body["settings"]["analysis"]["analyzer"]["portal_words"] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase"],
    }
    properties = body["mappings"]["properties"]
    assert properties["title"] == {"type": "text", "analyzer": "portal_words"}
    assert properties["body"] == {"type": "text", "analyzer": "portal_words"}
    assert properties["page_type"] == {"type": "keyword"}
    assert properties["page_id"] == {"type": "integer"}


def test_a_document_holds_the_pages_words_separated_by_spaces(pages):
    document = es.document_for(pages["electrician"]).to_dict(include_meta=True)
    assert document["_id"] == pages["electrician"].pk
    source = document["_source"]
    assert source["title"] == "七月 岗位 信息"
    assert "招聘 高压 电工" in source["body"]
    assert source["page_type"] == "home.standardpage"
    assert source["language"] == "zh-hans"

    tibetan = es.document_for(pages["bo_electrician"]).to_dict()
    assert "གློག བཟོ བ" in tibetan["body"]  # syllables, in Tibetan script
    assert tibetan["language"] == "bo"


def test_a_query_asks_for_every_word_in_title_and_body():
    request = es.build_search(parse_query("高压电工"), "zh-hans", ["home.standardpage"])
    body = request.to_dict()
    assert body["query"]["bool"]["filter"] == [{"terms": {"page_type": ["home.standardpage"]}}]
    must = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert must == [
        {"multi_match": {"query": "高压", "fields": ["title^4", "body"]}},
        {"multi_match": {"query": "电工", "fields": ["title^4", "body"]}},
    ]
    assert body["aggs"] == {"types": {"terms": {"field": "page_type", "size": 1}}}
    assert body["from"] == 0 and body["size"] == 10
    assert body["track_total_hits"] is True
    assert body["_source"] == ["page_id"]
    assert request._index == ["portal-pages-zh-hans"]


def test_a_tibetan_word_is_a_phrase_of_syllables():
    body = es.build_search(parse_query("གློག་བཟོ"), "bo", ["home.standardpage"]).to_dict()
    assert body["query"]["bool"]["must"] == [
        {
            "multi_match": {
                "query": "གློག བཟོ",
                "fields": ["title^4", "body"],
                "type": "phrase",
            }
        }
    ]


def test_synonyms_are_alternatives_and_the_type_filter_keeps_the_counts(site):
    from search.models import Synonym

    Synonym.objects.create(terms="电工\n电气工")
    body = es.build_search(
        parse_query("电工"), "zh-hans", ["a.b", "home.standardpage"], "home.standardpage", 10, 10
    ).to_dict()
    should = body["query"]["bool"]["must"][0]["bool"]
    assert should["minimum_should_match"] == 1
    assert {clause["multi_match"]["query"] for clause in should["should"]} == {"电工", "电气工"}
    assert body["post_filter"] == {"term": {"page_type": "home.standardpage"}}
    assert body["from"] == 10


def test_any_word_is_a_should_query():
    query = parse_query("电工 火星").any_word()
    body = es.build_search(query, "zh-hans", ["home.standardpage"]).to_dict()
    inner = body["query"]["bool"]["must"][0]["bool"]
    assert inner["minimum_should_match"] == 1 and len(inner["should"]) == 2


def test_search_falls_back_to_the_database_with_a_warning(client, pages, settings, caplog):
    """When the cluster cannot be reached the database answers, a warning is logged, and the
    cluster is not asked again for a while."""
    settings.ELASTICSEARCH_URL = UNREACHABLE
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        response = client.get("/search/", {"q": "电工"})
    assert response.status_code == 200
    assert "/disclosure/july/" in response.content.decode()
    warnings = [r for r in caplog.records if "asking the database instead" in r.getMessage()]
    assert len(warnings) == 1

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        assert client.get("/bo/search/", {"q": "གློག་བཟོ"}).status_code == 200
    assert not caplog.records
    outcome = search("电工", Locale.objects.get(language_code="zh-hans"), log=False)
    assert outcome.engine == "database"


def test_publishing_and_deleting_go_on_when_the_cluster_is_down(
    site, settings, caplog, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    with caplog.at_level(logging.WARNING, logger="search.indexing"):
        with django_capture_on_commit_callbacks(execute=True):
            page = add_page(site["disclosures"], "招聘电工", "高压电工")
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        with django_capture_on_commit_callbacks(execute=True):
            page.delete()
    messages = [r.getMessage() for r in caplog.records if r.name == "search.indexing"]
    assert any("Could not update page" in message for message in messages)
    assert any("Could not remove page" in message for message in messages)
    assert all("reindex_search --elasticsearch" in message for message in messages)
    assert not type(page).objects.filter(pk=page.pk).exists()


# -- with a cluster ---------------------------------------------------------------------------

CLUSTER = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture
def cluster(settings):
    if not CLUSTER:
        pytest.skip(
            "needs an Elasticsearch cluster: set ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200)"
        )
    settings.ELASTICSEARCH_URL = CLUSTER
    settings.ELASTICSEARCH_INDEX_PREFIX = f"portal-test-{uuid.uuid4().hex[:8]}"
    es.disconnect()
    client = es.connect()
    yield client
    # Clusters refuse to delete by wildcard (action.destructive_requires_name): by name.
    for name in client.indices.get(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*"):
        client.indices.delete(index=name)
    es.disconnect()


@pytest.mark.elasticsearch
def test_reindex_then_search_in_both_languages(cluster, pages):
    output = io.StringIO()
    call_command("reindex_search", "--elasticsearch", stdout=output)
    assert "Elasticsearch (zh-hans)" in output.getvalue()

    zh = Locale.objects.get(language_code="zh-hans")
    outcome = search("电工", zh, log=False)
    assert outcome.engine == "elasticsearch"
    assert [r.page.pk for r in outcome.results.object_list] == [pages["electrician"].pk]
    assert search("城关", zh, log=False).total >= 2

    bo = Locale.objects.get(language_code="bo")
    outcome = search("གློག་བཟོ", bo, log=False)
    assert [r.page.pk for r in outcome.results.object_list] == [pages["bo_electrician"].pk]
    assert search("电工", bo, log=False).total == 0


@pytest.mark.elasticsearch
def test_publish_unpublish_and_delete_update_the_cluster(
    cluster, site, django_capture_on_commit_callbacks
):
    zh = Locale.objects.get(language_code="zh-hans")
    with django_capture_on_commit_callbacks(execute=True):
        page = add_page(site["disclosures"], "招聘电焊工", "达孜区工业园区")
    cluster.indices.refresh(index=es.index_name("zh-hans"))
    engine = es.ElasticsearchSearch()
    found = engine.search(parse_query("焊工"), scope_for(zh))
    assert found.ids == [page.pk]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    cluster.indices.refresh(index=es.index_name("zh-hans"))
    assert engine.search(parse_query("焊工"), scope_for(zh)).total == 0

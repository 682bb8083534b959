"""Editors' dictionary words and synonyms: they take effect without a restart, and the pages
whose words they change are indexed again."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from portal import text
from search.models import DictionaryWord, Synonym
from search.service import search
from staff.roles import EDITORS, MODERATORS
from tests.search.conftest import add_page

pytestmark = pytest.mark.django_db


def found(query, language="zh-hans"):
    outcome = search(query, Locale.objects.get(language_code=language), log=False)
    return [result.page.pk for result in outcome.results.object_list]


def test_a_dictionary_word_keeps_a_local_word_whole_and_indexes_its_pages_again(
    site, django_capture_on_commit_callbacks
):
    """非遗 is cut 非/遗传 in 非遗传承人 by jieba's dictionary alone; once an editor adds it,
    the page that has it is indexed again (a background task) and found."""
    page = add_page(site["disclosures"], "手工艺培训", "由非遗传承人授课。")
    assert page.pk not in found("非遗")

    with django_capture_on_commit_callbacks(execute=True):
        DictionaryWord.objects.create(word="非遗", note="非物质文化遗产")
    assert "非遗" in text.index_tokens("非遗传承人")
    assert page.pk in found("非遗")

    with django_capture_on_commit_callbacks(execute=True):
        DictionaryWord.objects.get(word="非遗").delete()
    assert "非遗" not in text.index_tokens("非遗传承人")


def test_a_synonym_finds_the_pages_with_the_other_words(site, django_capture_on_commit_callbacks):
    """The issue's example: 电工 / 电气工."""
    electrical = add_page(site["disclosures"], "电站岗位", "尼木县水电站招聘电气工。")
    assert electrical.pk not in found("电工")
    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(terms="电工\n电气工")
    assert electrical.pk in found("电工")
    assert electrical.pk in found("电气工")


def test_a_tibetan_synonym_finds_the_other_phrase(site, tibetan):
    page = add_page(site["bo_disclosures"], "ལས་གནས།", "གློག་བཟོ་བ་འདེམས་སྒྲུག་བྱེད།", locale=tibetan)
    Synonym.objects.create(terms="གློག་ལས་པ\nགློག་བཟོ་བ")
    assert page.pk in found("གློག་ལས་པ", "bo")


def test_other_processes_pick_up_a_change_through_the_version(settings):
    """A change made elsewhere (no signal in this process) is seen once the version is read
    again, which every process does at most every few seconds."""
    settings.SEARCH_VOCABULARY_CHECK_SECONDS = 0
    assert "唐卡" not in text.index_tokens("唐卡画师")  # jieba alone: 唐卡画 / 师
    before = text._current().version
    DictionaryWord.objects.bulk_create([DictionaryWord(word="唐卡")])  # no signal
    assert text._current().version != before
    assert "唐卡" in text.index_tokens("唐卡画师")


def test_the_version_is_read_at_most_every_few_seconds(settings, django_assert_num_queries):
    settings.SEARCH_VOCABULARY_CHECK_SECONDS = 3600
    text.index_tokens("电工")  # loads
    with django_assert_num_queries(0):
        text.index_tokens("电工")
        text.parse_query("电工")


@pytest.mark.parametrize("word", ["电", "abc", "电工 ", "电工1", "ལས་ཀ", "很" * 21])
def test_a_dictionary_word_is_two_to_twenty_chinese_characters(word):
    candidate = DictionaryWord(word=word)
    if word.strip() == "电工":
        candidate.full_clean()
        assert candidate.word == "电工"
        return
    with pytest.raises(ValidationError):
        candidate.full_clean()


@pytest.mark.parametrize(
    ("terms", "valid"),
    [
        ("电工\n电气工", True),
        ("电工/电气工、电气作业人员", True),
        ("ལས་ཀ\nལས་གནས", True),
        ("电工", False),
        ("电工\n电工", False),
        ("电工\n！！", False),
        ("\n".join(f"词{i}" for i in range(21)), False),
    ],
)
def test_a_synonym_group_has_two_to_twenty_terms(terms, valid):
    synonym = Synonym(terms=terms)
    if valid:
        synonym.full_clean()
        assert len(synonym.term_list()) >= 2
    else:
        with pytest.raises(ValidationError):
            synonym.full_clean()


def test_editors_and_moderators_may_keep_the_vocabulary_and_the_promotions():
    for role in (EDITORS, MODERATORS):
        codenames = set(
            Permission.objects.filter(group__name=role).values_list("codename", flat=True)
        )
        assert {"add_dictionaryword", "change_synonym", "add_searchpromotion"} <= codenames
    assert "delete_synonym" not in set(
        Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True)
    )


def test_the_vocabulary_is_kept_in_the_admin(admin_client):
    DictionaryWord.objects.create(word="唐卡")
    response = admin_client.get("/admin/snippets/search/dictionaryword/")
    assert response.status_code == 200
    assert "唐卡" in response.content.decode()
    response = admin_client.post(
        "/admin/snippets/search/synonym/add/", {"terms": "社保\n社会保险", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.get().term_list() == ["社保", "社会保险"]
    assert admin_client.get("/admin/searchpicks/").status_code == 200

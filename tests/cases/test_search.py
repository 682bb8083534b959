"""4.4.2(4): case studies are found by the site search, in the reader's language, under their
own label, with a snippet from the lesson or the story."""

import pytest
from wagtail.models import Locale

from search.service import search

pytestmark = pytest.mark.django_db


def test_a_chinese_word_of_the_lesson_finds_the_case_study(cases):
    outcome = search("账目", Locale.objects.get(language_code="zh-hans"), log=False)
    found = [result.page.pk for result in outcome.results.object_list]
    assert found == [cases["drolma"]["zh"].pk]
    result = outcome.results.object_list[0]
    assert result.type_label == "典型案例"
    assert "账目" in result.snippet


def test_a_tibetan_word_of_the_title_finds_the_tibetan_case_study(cases):
    outcome = search("མྱུར་སྐྱེལ", Locale.objects.get(language_code="bo"), log=False)
    found = [result.page.pk for result in outcome.results.object_list]
    assert found == [cases["tashi"]["bo"].pk]


def test_the_type_filter_offers_case_studies(cases):
    outcome = search("网店", Locale.objects.get(language_code="zh-hans"), log=False)
    counts = {option.value: option.count for option in outcome.types}
    assert counts["cases.casepage"] == 1

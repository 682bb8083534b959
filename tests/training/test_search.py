"""6.2: training courses are found by the site search in the reader's language, under their
own label, with a snippet from the course's description."""

import pytest
from wagtail.models import Locale

from search.service import search

pytestmark = pytest.mark.django_db


def test_a_word_of_the_description_finds_the_course(catalogue):
    course = catalogue.course("电焊工中级班", description="<p>学习氩弧焊和二氧化碳保护焊。</p>")
    catalogue.course("中式烹调师初级班")
    outcome = search("氩弧焊", Locale.objects.get(language_code="zh-hans"), log=False)
    results = outcome.results.object_list
    assert [result.page.pk for result in results] == [course.pk]
    assert results[0].type_label == "培训课程"
    assert "氩弧焊" in results[0].snippet


def test_a_tibetan_title_finds_only_the_tibetan_course(catalogue):
    course = catalogue.course("电焊工中级班")
    tibetan = catalogue.tibetan_of(course)
    outcome = search(tibetan.title, Locale.objects.get(language_code="bo"), log=False)
    assert [result.page.pk for result in outcome.results.object_list][:1] == [tibetan.pk]
    chinese = search(tibetan.title, Locale.objects.get(language_code="zh-hans"), log=False)
    assert chinese.total == 0

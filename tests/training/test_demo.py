"""The training part of the demo content: three institutions, one lapsed, eight courses in both
languages, and Tibetan-taught courses open for enrolment."""

import re

import pytest

from occupations.models import Occupation
from training.models import CourseIndexPage, CoursePage, Language, TrainingInstitution

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
CHINESE = re.compile(r"[\u4E00-\u9FFF]")


@pytest.mark.django_db
def test_demo_catalogue_in_both_languages_with_a_lapsed_institution(client, demo_database):
    """6.2.2: the demo shows qualified institutions and one whose qualification lapsed; 4.1.3:
    every institution and course has its Tibetan translation; 5.1: courses taught in Tibetan
    are open for enrolment. A second run creates nothing."""
    for language in ("zh-hans", "bo"):
        institutions = TrainingInstitution.objects.filter(locale__language_code=language)
        assert institutions.count() == 3
        assert institutions.qualified().count() == 2
        courses = CoursePage.objects.live().filter(locale__language_code=language)
        assert courses.count() == 8
        lapsed = courses.exclude(institution__in=institutions.qualified())
        assert lapsed.count() == 1
        index = CourseIndexPage.objects.live().get(locale__language_code=language)
        assert client.get(index.url).status_code == 200
        for course in courses:
            assert client.get(course.url).status_code == 200, course.url
            assert course.occupation.level == Occupation.Level.OCCUPATION
            assert course.occupation.parent.parent.parent.level == Occupation.Level.MAJOR
            if language == "bo":
                assert TIBETAN.search(course.title) and not CHINESE.search(course.title)
                assert course.institution.locale.language_code == "bo"
    assert CourseIndexPage.objects.get(locale__language_code="zh-hans").slug == "training"

    # 4.1.3, 5.1, 6.2.2: a worker who reads Tibetan finds courses to book.
    tibetan_open = CoursePage.objects.filter(
        locale__language_code="bo", language=Language.TIBETAN
    ).open_for_enrolment()
    assert tibetan_open.count() >= 2
    statuses = set(
        CoursePage.objects.filter(locale__language_code="zh-hans")
        .with_status()
        .values_list("enrolment_status", flat=True)
    )
    assert statuses == {"open", "full", "started", "not_recommended"}

    assert TrainingInstitution.objects.count() == 6
    assert CoursePage.objects.count() == 16

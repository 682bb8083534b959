"""The catalogue and a course page run the same number of SQL queries for 5 courses as for 50,
within a stated budget, in both languages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from training.models import Language

# Page routing, view restrictions and the shared frame (about 11), then 6 filters counted (9
# queries: the two language and the two cost options are counted one query each, the occupation
# groups are looked up once), the page of courses and its count (2), qualified institutions (1).
INDEX_BUDGET = 24
# Routing and frame (about 11), the course's status with its institution (1), its occupation
# (1), the recommendations (1), the appointment page (1), the hotline (1).
DETAIL_BUDGET = 18


def fill(catalogue, total):
    """`total` courses across occupations, languages and institutions."""
    occupations = ["4-03-02-01", "4-07-04-01", "6-29-01-01"]
    languages = [Language.CHINESE, Language.TIBETAN, Language.BOTH]
    existing = catalogue.index.get_children().count()
    for number in range(existing, total):
        catalogue.course(
            f"课程{number}",
            occupation=catalogue.occupations[occupations[number % 3]],
            language=languages[number % 3],
            institution=catalogue.lapsed if number % 7 == 6 else catalogue.qualified,
            start=(number % 5) - 1,
            seats_left=number % 4,
        )


def count_queries(client, path):
    client.get(path)  # the first request fills the per-process caches (site roots, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_catalogue_queries_stay_flat_from_5_to_50_courses(client, catalogue):
    filtered = "?enrolment=&language=bo&cost=free&cost=subsidy"
    paths = [catalogue.index.url, catalogue.bo_index.url]
    paths += [path + filtered for path in paths]
    fill(catalogue, 5)
    few = [count_queries(client, path) for path in paths]
    fill(catalogue, 50)
    many = [count_queries(client, path) for path in paths]
    assert many == few
    assert max(many) <= INDEX_BUDGET


@pytest.mark.django_db
def test_course_page_queries_stay_flat_from_5_to_50_courses(client, catalogue, appointment_page):
    fill(catalogue, 5)
    course = catalogue.index.get_children().live().first().specific
    paths = [course.url, catalogue.tibetan_of(course).url]
    few = [count_queries(client, path) for path in paths]
    fill(catalogue, 50)
    many = [count_queries(client, path) for path in paths]
    assert many == few
    assert max(many) <= DETAIL_BUDGET

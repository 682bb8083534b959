"""The rules of the catalogue: which institutions are qualified, which courses can be booked,
and facts that are the same in both languages."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError

from portal.dates import lhasa_today
from training.models import CoursePage, EnrolmentStatus, TrainingInstitution

from .conftest import make_institution


@pytest.mark.django_db
@pytest.mark.parametrize(("valid_days", "qualified"), [(-1, False), (0, True), (1, True)], ids=str)
def test_a_qualification_is_valid_through_its_last_day(tibetan, valid_days, qualified):
    """6.2.2: an institution whose qualification ended yesterday is not qualified (so not
    recommended); one valid until today or tomorrow is."""
    institution = make_institution(tibetan, "培训学校", "སྦྱོང་བརྡར་སློབ་གྲྭ།", valid_days)
    chinese = TrainingInstitution.objects.qualified().filter(pk=institution.pk).exists()
    assert chinese is qualified
    translation = institution.get_translation(tibetan)
    assert TrainingInstitution.objects.qualified().filter(pk=translation.pk).exists() is qualified


def test_today_is_the_date_in_lhasa():
    """Lhasa keeps Beijing time: 16:30 UTC on 30 June is already 1 July there."""
    assert lhasa_today(datetime(2026, 6, 30, 15, 59, tzinfo=UTC)) == date(2026, 6, 30)
    assert lhasa_today(datetime(2026, 6, 30, 16, 0, tzinfo=UTC)) == date(2026, 7, 1)


@pytest.mark.django_db
def test_qualification_on_a_given_day(tibetan):
    institution = make_institution(tibetan, "培训学校", "སྦྱོང་བརྡར་སློབ་གྲྭ།", 0)
    last_day = institution.valid_until
    qualified = TrainingInstitution.objects.filter(pk=institution.pk).qualified
    assert qualified(on=last_day).exists()
    assert not qualified(on=last_day + timedelta(days=1)).exists()


@pytest.mark.django_db
def test_open_for_enrolment_needs_a_future_start_seats_and_a_qualified_institution(catalogue):
    """6.2.2: only live courses that have not started, have seats left and are taught by a
    qualified institution are offered for booking and recommended."""
    open_course = catalogue.course("开放课程", start=10)
    starts_today = catalogue.course("今天开课", start=0)
    started = catalogue.course("已开课", start=-1)
    full = catalogue.course("已满", seats_left=0)
    lapsed = catalogue.course("资质过期", institution=catalogue.lapsed)
    draft = catalogue.course("未发布")
    draft.unpublish()
    catalogue.tibetan_of(draft).unpublish()

    chinese = CoursePage.objects.filter(locale=catalogue.index.locale)
    assert set(chinese.open_for_enrolment()) == {open_course, starts_today}

    statuses = dict(chinese.with_status().values_list("title", "enrolment_status"))
    assert statuses == {
        "开放课程": EnrolmentStatus.OPEN,
        "今天开课": EnrolmentStatus.OPEN,
        "已开课": EnrolmentStatus.STARTED,
        "已满": EnrolmentStatus.FULL,
        "资质过期": EnrolmentStatus.NOT_RECOMMENDED,
        "未发布": EnrolmentStatus.OPEN,  # open in itself, but not live: not offered
    }
    qualified = dict(chinese.with_status().values_list("title", "institution_qualified"))
    assert qualified["资质过期"] is False
    assert qualified["开放课程"] is True

    tibetan = CoursePage.objects.filter(locale=catalogue.bo_index.locale).open_for_enrolment()
    assert {page.translation_key for page in tibetan} == {
        open_course.translation_key,
        starts_today.translation_key,
    }
    assert started and full and lapsed


@pytest.mark.django_db
def test_a_lapsed_qualification_outweighs_open_seats(catalogue):
    """6.2.2: a course with seats and a future start at a lapsed institution is not recommended,
    and becomes open again when the institution's qualification is renewed."""
    course = catalogue.course(institution=catalogue.lapsed, start=30, seats_left=20)
    assert not CoursePage.objects.open_for_enrolment().filter(pk=course.pk).exists()
    catalogue.lapsed.valid_until = lhasa_today() + timedelta(days=365)
    catalogue.lapsed.save()
    assert CoursePage.objects.open_for_enrolment().filter(pk=course.pk).exists()
    tibetan = catalogue.tibetan_of(course)
    assert CoursePage.objects.open_for_enrolment().filter(pk=tibetan.pk).exists()


@pytest.mark.django_db
def test_facts_of_a_course_are_the_same_in_both_languages(catalogue):
    """4.1.3: publishing the Chinese course updates the seats, dates and cost of its Tibetan
    translation; publishing the translation cannot change them."""
    course = catalogue.course(seats_left=10)
    course.seats_left = 0
    course.cost = 800
    course.save_revision().publish()
    tibetan = CoursePage.objects.get(pk=catalogue.tibetan_of(course).pk)
    assert (tibetan.seats_left, tibetan.cost) == (0, 800)

    tibetan.seats_left = 25
    tibetan.save_revision().publish()
    assert CoursePage.objects.get(pk=tibetan.pk).seats_left == 0


@pytest.mark.django_db
def test_a_renewed_licence_is_renewed_in_both_languages(catalogue, tibetan):
    institution = catalogue.lapsed
    institution.valid_until = date(2030, 6, 30)
    institution.licence_number = "154010099999999"
    institution.save()
    translation = TrainingInstitution.objects.get(pk=institution.get_translation(tibetan).pk)
    assert (translation.valid_until, translation.licence_number) == (
        date(2030, 6, 30),
        "154010099999999",
    )
    translation.valid_until = date(2020, 1, 1)
    translation.save()
    translation.refresh_from_db()
    assert translation.valid_until == date(2030, 6, 30)


@pytest.mark.django_db
def test_a_course_cannot_end_before_it_starts_or_have_more_seats_left_than_seats(catalogue):
    course = catalogue.course()
    course.end_date = course.start_date - timedelta(days=1)
    course.seats_left = course.seats + 1
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert {"end_date", "seats_left"} <= set(error.value.message_dict)


@pytest.mark.django_db
def test_only_occupations_not_groups_can_be_chosen(catalogue):
    """4.4.2(2): a course trains for an occupation (细类) of the classification."""
    course = catalogue.course()
    course.occupation = catalogue.occupations["4-03"]
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "occupation" in error.value.message_dict

"""A worker's CV, built from the worker record (clause 6.3.3), for the worker to print and take
to employers, in Chinese or in Tibetan.

It holds what an employer needs to judge and reach the worker, and nothing more: no ID number,
birth date or ethnicity (PIPL: sensitive data stays in the archive).
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from training.models import CoursePage
from training.records.models import EnrolmentStatus

LANGUAGES = {"zh-hans": _("Chinese"), "bo": _("Tibetan")}


def language_of(requested):
    """The CV's language: the one asked for if the CV exists in it, else Chinese."""
    return requested if requested in LANGUAGES else "zh-hans"


def in_language(courses, language):
    """Each course's copy in `language` (the Chinese one where it has none), in one query."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return {course.pk: course for course in courses}
    copies = CoursePage.objects.filter(
        locale=locale, translation_key__in=[course.translation_key for course in courses]
    ).select_related("institution")
    by_key = {copy.translation_key: copy for copy in copies}
    return {course.pk: by_key.get(course.translation_key, course) for course in courses}


def trainings(worker):
    """The courses the worker completed, with the certificate each led to."""
    completed = list(
        worker.enrolments.filter(status=EnrolmentStatus.COMPLETED)
        .select_related("course__institution")
        .order_by("-completed_on")
    )
    copies = in_language([enrolment.course for enrolment in completed], translation.get_language())
    return [
        {
            "course": copies[enrolment.course_id].title,
            "institution": copies[enrolment.course_id].institution.name,
            "completed_on": enrolment.completed_on,
            "certificate": enrolment.certificate_name,
            "certificate_number": enrolment.certificate_number,
        }
        for enrolment in completed
    ]


def cv_of(worker):
    """What the CV shows, in the active language."""
    return {
        "name": worker.name,
        "phone": worker.phone,
        "languages": [
            (_("Chinese"), worker.get_chinese_display()),
            (_("Tibetan"), worker.get_tibetan_display()),
        ],
        "education": worker.get_education_display(),
        "work_history": [
            {
                "place": work.place,
                "occupation": work.occupation.name if work.occupation else "",
                "work": work.work,
                "years": work.years,
            }
            for work in worker.work_history.select_related("occupation")
        ],
        "skills": worker.skills,
        "certificates": list(worker.certificates.all()),
        "trainings": trainings(worker),
        "intention": worker.get_intention_display(),
        "preferred_occupations": [job.name for job in worker.preferred_occupations.all()],
        "preferred_areas": [area.name for area in worker.preferred_areas.all()],
        "preferred_wage": worker.preferred_wage,
    }

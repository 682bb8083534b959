"""The seeded self-assessment instrument (clause 5.2(4): skill level, employment willingness,
job fit; vocational interests in six RIASEC areas), complete in Chinese and Tibetan."""

import re

import pytest

from assessments.models import AnswerOption, Dimension, Question, Questionnaire

pytestmark = pytest.mark.django_db

HAN = re.compile(r"[\u4e00-\u9fff]")
TIBETAN = re.compile(r"^[\u0f00-\u0fff\s]+$")


def test_ten_items_per_area_scored_0_to_4_and_three_readiness_scales():
    """5.2(4): ten interest items per area, 0–4 each, so 0–40 per area; plus the three
    readiness dimensions."""
    questionnaire = Questionnaire.objects.current()
    questions = questionnaire.questions.select_related("dimension", "scale")
    per_dimension = {}
    for question in questions:
        per_dimension.setdefault(question.dimension.code, []).append(question)
    for area in "RIASEC":
        items = per_dimension[area]
        assert len(items) == 10
        top = sum(max(o.score for o in q.scale.options.all()) for q in items)
        bottom = sum(min(o.score for o in q.scale.options.all()) for q in items)
        assert (bottom, top) == (0, 40)
    assert {"skill", "willingness", "fit"} <= set(per_dimension)
    assert Dimension.objects.filter(kind="interest").count() == 6


def test_every_text_is_in_both_languages_in_the_right_script():
    """4.4.1(2), 5.2(4): every question, answer and dimension reads in Chinese and Tibetan."""
    texts = [(q.text_zh, q.text_bo) for q in Question.objects.all()]
    texts += [(o.label_zh, o.label_bo) for o in AnswerOption.objects.all()]
    texts += [(d.name_zh, d.name_bo) for d in Dimension.objects.all()]
    texts += [(d.description_zh, d.description_bo) for d in Dimension.objects.all()]
    questionnaire = Questionnaire.objects.current()
    texts += [(questionnaire.name_zh, questionnaire.name_bo)]
    assert len(texts) > 72
    for chinese, tibetan in texts:
        assert HAN.search(chinese), chinese
        assert not re.search(r"[\u0f00-\u0fff]", chinese), chinese
        assert TIBETAN.match(tibetan), tibetan
    intro = questionnaire.intro_bo
    assert re.search(r"[\u0f00-\u0fff]", intro) and not HAN.search(intro)

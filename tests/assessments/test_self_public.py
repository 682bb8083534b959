"""The public self-assessment (clauses 5.2(4), 6.1.1, 4.4.1(2); issue 7, "Abuse and privacy"):
taken without an account in Chinese at / and Tibetan at /bo/, without JavaScript; every answer
required; a result with a profile chart, its text alternative, the top areas, fitting
occupations, and a reference; nothing stored from a bad or hostile submission."""

import re

import pytest

from assessments.models import Question, Questionnaire, SelfAssessment
from assessments.scoring import RIASEC

FORM = {"zh-hans": "/self-assessment/", "bo": "/bo/self-assessment/"}


def option_with(question, score):
    return question.scale.options.get(score=score).pk


def answers(scores_by_dimension, default=0):
    """POST data answering every question with the score given for its dimension."""
    questionnaire = Questionnaire.objects.current()
    data = {"website": ""}
    for question in questionnaire.questions.select_related("dimension", "scale"):
        score = scores_by_dimension.get(question.dimension.code, default)
        data[f"q{question.pk}"] = option_with(question, score)
    return data


def test_the_questionnaire_reads_in_both_languages_without_javascript(client, site):
    """4.4.1(2): the same questions in Chinese and in Tibetan, one plain form."""
    chinese = client.get(FORM["zh-hans"]).content.decode()
    assert (
        "画唐卡" in chinese and "很喜欢" in chinese and "<script" not in chinese.split("<main")[-1]
    )
    assert 'method="post"' in chinese and 'name="csrfmiddlewaretoken"' in chinese
    assert chinese.count('type="radio"') == 72 * 5
    tibetan = client.get(FORM["bo"]).content.decode()
    assert "ཐང་ཀ་འབྲི་བ།" in tibetan and "ཧ་ཅང་དགའ།" in tibetan
    assert "画唐卡" not in tibetan


def test_a_worker_sees_the_profile_and_what_fits(client, site):
    """5.2(4): the scores per dimension, the top three areas, a reference for the appointment
    and the statement that it is guidance, not a test for hiring."""
    response = client.post(FORM["zh-hans"], answers({"S": 4, "E": 3, "A": 2, "skill": 3}))
    assert response.status_code == 302
    result = SelfAssessment.objects.get()
    assert response.url == f"/self-assessment/{result.reference}/"
    assert result.scores["S"] == 40 and result.scores["E"] == 30 and result.scores["R"] == 0
    assert result.scores["skill"] == 12
    assert (result.interest_code, result.language) == ("SEA", "zh-hans")
    assert len(result.answers) == 72
    page = client.get(response.url).content.decode()
    assert result.shown_reference in page
    assert "不是招聘考试" in page
    assert "社会型" in page and "企业型" in page


def test_the_chart_has_a_title_a_description_and_a_table_of_the_same_scores(client, site):
    """5.2(4): the profile is an SVG made on the server, with a text alternative."""
    client.post(FORM["bo"], answers({"R": 4, "C": 1}))
    result = SelfAssessment.objects.get()
    page = client.get(f"/bo/self-assessment/{result.shown_reference}/").content.decode()
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "ལག་ལེན་རིགས།: 40 / 40" in svg
    assert 'width="220"' in svg  # the full bar of R
    table = re.search(r"<table.*?</table>", page, re.S).group(0)
    assert "ལག་ལེན་རིགས།" in table and "<td>40</td>" in table and "<td>10</td>" in table
    assert result.interest_code == "RC"


def test_results_read_in_tibetan(client, site):
    """4.4.1(2): the result page of a Tibetan reader is in Tibetan."""
    client.post(FORM["bo"], answers({"S": 4}))
    result = SelfAssessment.objects.get()
    assert result.language == "bo"
    page = client.get(f"/bo/self-assessment/{result.reference}/").content.decode()
    assert "སྤྱི་ཚོགས་རིགས།" in page  # S, social
    assert "社会型" not in page
    assert result.shown_reference in page


def test_a_missing_answer_is_refused_in_tibetan_and_nothing_is_stored(client, site):
    """Issue 7: every answer required, with a clear message in the page's language."""
    data = answers({})
    missing = Question.objects.get(order=5)
    del data[f"q{missing.pk}"]
    response = client.post(FORM["bo"], data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "དྲི་བ་འདིའི་ལན་ཞིག་འདེམས་རོགས།" in page
    assert missing.text_bo in page
    assert SelfAssessment.objects.count() == 0


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data, other: data.update({next(iter(k for k in data if k[0] == "q")): other}),
        lambda data, other: data.update({next(iter(k for k in data if k[0] == "q")): "x" * 5000}),
        lambda data, other: data.update(
            {next(iter(k for k in data if k[0] == "q")): "<script>alert(1)</script>"}
        ),
        lambda data, other: data.update({next(iter(k for k in data if k[0] == "q")): "😀藏"}),
        lambda data, other: data.update({"website": "http://spam.example"}),
    ],
    ids=["option-of-another-scale", "very-long", "script", "emoji", "honeypot"],
)
def test_hostile_input_is_refused_and_nothing_is_stored(client, site, tamper):
    """Issue 7: a changed option id, hostile text or a filled honeypot: no 500, a message in the
    page's language, nothing stored."""
    data = answers({})
    # An option that exists, but belongs to another question's scale.
    last = Questionnaire.objects.current().questions.last()
    tamper(data, last.scale.options.last().pk + 1000)
    response = client.post(FORM["bo"], data)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "error-summary" in response.content.decode()
    assert SelfAssessment.objects.count() == 0


def test_extra_fields_are_ignored(client, site):
    """Issue 7: fields the form does not have change nothing (no score, no worker)."""
    data = answers({"I": 4})
    data.update({"worker": "1", "scores": "{}", "interest_code": "CCC", "q999999": "1"})
    response = client.post(FORM["zh-hans"], data)
    assert response.status_code == 302
    result = SelfAssessment.objects.get()
    assert (result.interest_code, result.worker) == ("I", None)


def test_submissions_are_limited_per_address(client, site, settings):
    """Issue 7: at most SELF_ASSESSMENTS_PER_HOUR self-assessments an hour from one address."""
    settings.SELF_ASSESSMENTS_PER_HOUR = 2
    data = answers({"A": 2})
    assert client.post(FORM["zh-hans"], data).status_code == 302
    assert client.post(FORM["zh-hans"], data).status_code == 302
    refused = client.post(FORM["bo"], data)
    assert refused.status_code == 429
    assert SelfAssessment.objects.count() == 2


def test_an_unknown_reference_is_not_found(client, site):
    assert client.get("/self-assessment/AAAA-AAAA/").status_code == 404
    assert client.get("/bo/self-assessment/<script>/").status_code == 404


def test_every_riasec_area_is_shown(client, site):
    client.post(FORM["zh-hans"], answers({}, default=4))
    result = SelfAssessment.objects.get()
    assert set(RIASEC) <= set(result.scores) and result.interest_code == "RIA"


def test_occupations_that_fit_follow_the_top_areas(client, site):
    """5.2(4), 4.4.1(2): the occupations of the groups the documented table gives for the top
    areas, named in the page's language; none of the groups of areas not liked."""
    from occupations.models import Occupation

    def node(code, name_zh, name_bo):
        parent = Occupation.objects.filter(code=code.rpartition("-")[0]).first()
        return Occupation.objects.create(
            code=code,
            level=code.count("-") + 1,
            parent=parent,
            name_zh=name_zh,
            name_bo=name_bo,
        )

    node("4", "社会生产服务和生活服务人员", "སྤྱི་ཚོགས་ཞབས་ཞུ་བ།")
    node("4-10", "居民服务人员", "སྡོད་དམངས་ཞབས་ཞུ་བ།")
    node("4-10-01", "生活照料服务人员", "འཚོ་བའི་ལྟ་སྐྱོང་ཞབས་ཞུ་བ།")
    node("4-10-01-05", "养老护理员", "རྒན་གསོ་ནད་གཡོག་པ།")
    node("6", "生产制造及有关人员", "ཐོན་སྐྱེད་བཟོ་སྐྲུན་པ།")
    node("6-29", "建筑施工人员", "ཨར་ལས་ལག་བསྟར་མི་སྣ།")
    node("6-29-01", "房屋建筑施工人员", "ཁང་པ་བཞེངས་མཁན།")
    node("6-29-01-01", "砌筑工", "རྩིག་བཟོ་བ།")
    client.post(FORM["bo"], answers({"S": 4}))
    result = SelfAssessment.objects.get()
    page = client.get(f"/bo/self-assessment/{result.reference}/").content.decode()
    occupations = re.search(r'<ul class="self-assessment__occupations">.*?</ul>', page, re.S)
    assert "རྒན་གསོ་ནད་གཡོག་པ།" in occupations.group(0)
    assert "རྩིག་བཟོ་བ།" not in page and "养老护理员" not in page


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_an_empty_submission_is_refused_in_the_pages_language(client, site, language):
    """Issue 7: nothing answered: no 500, every question marked, nothing stored."""
    response = client.post(FORM[language], {})
    assert response.status_code == 200
    message = {"zh-hans": "请为这道题选择一个答案。", "bo": "དྲི་བ་འདིའི་ལན་ཞིག་འདེམས་རོགས།"}[language]
    assert response.content.decode().count(message) >= 72
    assert SelfAssessment.objects.count() == 0

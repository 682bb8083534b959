"""The worker's CV (clause 6.3.3: help with the CV), built from the worker record, printable
from the back office in Chinese and in Tibetan, with the portal's own fonts, logged, and shown
only for the counsellor's caseload."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.models import ModelLogEntry

from portal.dates import lhasa_today
from tests.workers.conftest import id_number
from training.models import Enrolment
from workers.models import Certificate, WorkHistory

pytestmark = pytest.mark.django_db

ID_NUMBER = id_number(birth="19950312", sequence="124")


@pytest.fixture
def record(worker, catalogue):
    """A worker with a full record: languages, schooling, work, skills, a certificate, a
    completed course and what they are looking for."""
    worker.id_number = ID_NUMBER
    worker.chinese = "reads"
    worker.tibetan = "writes"
    worker.education = "junior"
    worker.skills = "藏式家具彩绘"
    worker.intention = "job"
    worker.preferred_wage = 4500
    worker.save()
    cook = catalogue.occupations["4-03-02-01"]
    worker.preferred_occupations.add(cook)
    worker.save()
    WorkHistory.objects.create(
        worker=worker, place="成都", occupation=cook, work="川菜馆帮厨", years="3.5"
    )
    Certificate.objects.create(worker=worker, name="食品安全培训合格证", issuer="达孜区市场监管局")
    Enrolment.objects.create(
        worker=worker,
        course=catalogue.course("中式烹调师初级班"),
        enrolled_on=lhasa_today(),
        status="completed",
        completed_on=lhasa_today(),
        certificate_name="中式烹调师（五级）",
        certificate_number="S000054010005153001",
    )
    return worker


def cv(client, user, worker, lang=None):
    client.force_login(user)
    url = f"{reverse('jobseeking_cv')}?worker={worker.pk}"
    return client.get(url + (f"&lang={lang}" if lang else ""))


def test_the_cv_shows_the_records_facts_in_chinese(client, counsellor, record):
    """6.3.3: the CV gathers the worker's facts, in Chinese by default."""
    response = cv(client, counsellor, record)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="zh-Hans">' in content
    for fact in [
        "次仁卓玛",
        "13908912345",
        "手机号码",
        "初中",  # education
        "会说会读",  # reads Chinese
        "会说、会读、会写",  # writes Tibetan
        "成都",
        "川菜馆帮厨",
        "中式烹调师",  # the occupation of the work history, in Chinese
        "藏式家具彩绘",
        "食品安全培训合格证",
        "中式烹调师初级班",
        "S000054010005153001",
        "就业",  # the intention
        "4500",
    ]:
        assert fact in content, fact


def test_the_cv_in_tibetan_has_tibetan_labels_and_course_names(client, counsellor, record):
    """6.3.3 and the bilingual rule: with lang=bo the CV's labels, choices, occupation and
    course are Tibetan."""
    content = cv(client, counsellor, record, lang="bo").content.decode()
    assert '<html lang="bo">' in content
    for tibetan in [
        "ལག་ཁྱེར་ཁ་པར།",  # mobile phone
        "ཤེས་ཡོན་ཚད།",  # education
        "སློབ་འབྲིང་དམའ་རིམ།",  # junior secondary school
        "ལས་ཀའི་ལོ་རྒྱུས།",  # work history
        "བཤད་ཤེས། ཀློག་ཤེས། འབྲི་ཤེས།",  # writes Tibetan
        "རྒྱ་ལུགས་མ་བྱན།",  # the cook's occupation in Tibetan
        "སློབ་ཚན་1",  # the course's Tibetan title
        "ལོ་རྒྱུས་སྙིང་བསྡུས།",  # curriculum vitae
    ]:
        assert tibetan in content, tibetan
    assert "手机号码" not in content
    assert "次仁卓玛" in content and "S000054010005153001" in content


def test_the_cv_never_shows_the_id_number(client, counsellor, record):
    """6.3.3 with PIPL: the CV goes to employers; the ID number stays in the archive."""
    for lang in ("zh-hans", "bo"):
        content = cv(client, counsellor, record, lang=lang).content.decode()
        assert ID_NUMBER not in content and ID_NUMBER[-6:] not in content


def test_an_unknown_language_falls_back_to_chinese(client, counsellor, record):
    content = cv(client, counsellor, record, lang="<script>").content.decode()
    assert '<html lang="zh-Hans">' in content and "<script>" not in content


def test_the_cv_prints_with_the_portals_own_fonts_and_no_outside_asset(client, counsellor, record):
    """The CV is a printable page: a print stylesheet, the Tibetan font the portal serves, and
    nothing loaded from another site."""
    content = cv(client, counsellor, record, lang="bo").content.decode()
    assert "/static/dist/fonts/tibetan-common.woff2" in content
    assert "/static/jobseeking/cv.css" in content
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", content)
    assert not re.search(r"url\([\"']?(https?:)?//", content)
    css = Path(finders.find("jobseeking/cv.css")).read_text()
    assert "@media print" in css and "Portal Tibetan" in css


def test_each_printing_is_logged_on_the_worker(client, counsellor, record):
    """Reads of a worker's record are logged: who printed the CV, in which language."""
    cv(client, counsellor, record, lang="bo")
    entry = ModelLogEntry.objects.get(action="jobseeking.print_cv")
    assert entry.user == counsellor and entry.object_id == str(record.pk)
    assert entry.data == {"language": "bo"}


def test_the_worker_page_links_to_the_cv(client, counsellor, worker):
    client.force_login(counsellor)
    content = client.get(reverse("workers:inspect", args=(worker.pk,))).content.decode()
    assert f"{reverse('jobseeking_cv')}?worker={worker.pk}" in content
    assert "打印简历" in content


@pytest.mark.parametrize("lang", ["zh-hans", "bo"])
def test_another_counsellors_worker_has_no_cv(client, counsellor, theirs, lang):
    """6.3.3 within the caseload: another counsellor's worker is refused, and nothing logged."""
    response = cv(client, counsellor, theirs, lang=lang)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not ModelLogEntry.objects.filter(action="jobseeking.print_cv").exists()


def test_a_supervisor_prints_any_workers_cv(client, supervisor, theirs):
    assert cv(client, supervisor, theirs).status_code == 200


@pytest.mark.parametrize("worker_id", ["", "abc", "999999", "1 OR 1=1"])
def test_a_missing_or_malformed_worker_is_refused_not_an_error(client, counsellor, worker_id):
    client.force_login(counsellor)
    response = client.get(reverse("jobseeking_cv"), {"worker": worker_id})
    assert response.status_code == 302


def test_hostile_text_in_the_record_is_escaped(client, counsellor, worker):
    """Free text of the record is printed as text: tags escaped, emoji and long text kept."""
    worker.skills = "<img src=x onerror=alert(1)><b>焊接</b> 🔧🙂 " + "长" * 3000
    worker.save()
    WorkHistory.objects.create(worker=worker, place="<script>x</script>", years=1)
    content = cv(client, counsellor, worker).content.decode()
    assert "<img src=x" not in content and "&lt;img src=x" in content
    assert "<script>x" not in content and "&lt;script&gt;x" in content
    assert "🔧🙂" in content and "长" * 3000 in content

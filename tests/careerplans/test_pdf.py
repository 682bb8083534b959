"""The plan as the worker receives it (6.1.3, delivered in writing or electronically): a PDF in
both languages, the worker's language first, with fonts embedded so that Tibetan stacks print
on any printer or phone; each download is logged."""

import ctypes.util
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from careerplans.models import ActionStep, CareerPlan, PlanVersion
from careerplans.pdf import languages_for, render_pdf

pytestmark = pytest.mark.django_db

TIBETAN_GOAL = "ལོ་གཅིག་གི་ནང་གློག་ལས་པ་བྱེད།"
CHINESE_PATH = "先参加电工培训，再考证。"
TIBETAN_HEADING = "ལས་ཞུགས་དམིགས་ཡུལ།"  # "Employment goal"
TIBETAN_STEPS = "བྱ་སྤྱོད་ཀྱི་གོ་རིམ།"  # "Action steps"
CHINESE_HEADING = "就业目标"


def make_version(worker, author):
    plan = CareerPlan.objects.create(worker=worker)
    version = PlanVersion.objects.create(
        worker=worker,
        plan=plan,
        number=1,
        author=author,
        self_awareness="ང་ལག་རྩལ་ལ་དགའ། 喜欢动手。",
        local_industry="达孜区工业园区招电工。",
        employment_goal=TIBETAN_GOAL,
        development_path=CHINESE_PATH,
    )
    ActionStep.objects.create(version=version, what="参加电工培训", due_on="2026-12-15")
    return version


def pdf_of(version):
    return PdfReader(io.BytesIO(render_pdf(version)))


def text_of(reader):
    """The text without spaces: pypdf puts one before each Tibetan vowel sign it extracts."""
    return "".join(page.extract_text() for page in reader.pages).replace(" ", "")


def fonts_of(reader):
    """(name, embedded) of every font the pages use."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            descriptor = descendants[0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = "/FontFile2" in descriptor or "/FontFile3" in descriptor
            found[str(font["/BaseFont"])] = embedded
    return found


def test_a_worker_who_reads_tibetan_better_gets_tibetan_first(make_worker, counsellor):
    """6.1.3: the plan in the worker's language first, then Chinese; the plan's own text."""
    worker = make_worker(counsellor=counsellor, chinese="speaks", tibetan="writes")
    assert languages_for(worker) == ["bo", "zh-hans"]
    text = text_of(pdf_of(make_version(worker, counsellor)))
    assert TIBETAN_GOAL in text and CHINESE_PATH in text and "次仁卓玛" in text
    assert text.index(TIBETAN_HEADING) < text.index(CHINESE_HEADING)
    assert text.index(TIBETAN_STEPS) < text.index("行动步骤")


def test_a_worker_who_reads_chinese_as_well_gets_chinese_first(make_worker, counsellor):
    worker = make_worker(counsellor=counsellor, chinese="reads", tibetan="reads")
    assert languages_for(worker) == ["zh-hans", "bo"]
    text = text_of(pdf_of(make_version(worker, counsellor)))
    assert text.index(CHINESE_HEADING) < text.index(TIBETAN_HEADING)


def test_the_fonts_are_embedded_with_the_portals_tibetan_face(make_worker, counsellor):
    """Tibetan stacks print with Noto Serif Tibetan, the face the portal serves, embedded."""
    worker = make_worker(counsellor=counsellor, tibetan="writes")
    fonts = fonts_of(pdf_of(make_version(worker, counsellor)))
    assert fonts and all(fonts.values()), fonts
    assert any("Noto-Serif-Tibetan" in name for name in fonts), fonts
    assert any("CJK" in name for name in fonts), fonts


def test_fonts_are_subset_by_harfbuzz():
    """Without libharfbuzz-subset0 WeasyPrint subsets fonts in Python: 7 s a plan, not 0.2 s."""
    assert ctypes.util.find_library("harfbuzz-subset")


def test_the_download_is_logged(client, make_worker, counsellor):
    worker = make_worker(counsellor=counsellor)
    version = make_version(worker, counsellor)
    client.force_login(counsellor)
    response = client.get(reverse("careerplans:pdf", args=(version.pk,)))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="career-plan-{worker.pk}-v1.pdf"'
    )
    assert response.content.startswith(b"%PDF")
    entry = ModelLogEntry.objects.get(action="careerplans.download_pdf")
    assert entry.user == counsellor and entry.object_id == str(version.pk)


def test_another_counsellors_worker_is_refused(client, make_worker, counsellor, other_counsellor):
    worker = make_worker(counsellor=counsellor)
    version = make_version(worker, counsellor)
    client.force_login(other_counsellor)
    response = client.get(reverse("careerplans:pdf", args=(version.pk,)))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not ModelLogEntry.objects.filter(action="careerplans.download_pdf").exists()

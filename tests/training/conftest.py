"""A small training catalogue in both languages, built through the real models.

`catalogue.course(...)` adds a published Chinese course and its published Tibetan translation;
dates are counted in days from today in Lhasa.
"""

from datetime import timedelta
from itertools import count

import pytest

from home.models import StandardPage
from occupations.models import Occupation
from portal.dates import lhasa_today
from tests.conftest import translate
from training.models import CourseIndexPage, CoursePage, TrainingInstitution

# (code, Chinese, Tibetan): two major groups, three occupations.
OCCUPATIONS = [
    ("4", "社会生产服务和生活服务人员", "སྤྱི་ཚོགས་ཐོན་སྐྱེད་ཞབས་ཞུ་དང་འཚོ་བའི་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03", "住宿和餐饮服务人员", "གནས་སྡོད་དང་ཟ་འཐུང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03-02", "餐饮服务人员", "ཟ་འཐུང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03-02-01", "中式烹调师", "རྒྱ་ལུགས་མ་བྱན།"),
    ("4-07", "租赁和商务服务人员", "གླ་གཏོང་དང་ཚོང་དོན་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-07-04", "旅游及公共游览场所服务人员", "ཡུལ་སྐོར་དང་སྤྱི་པའི་ལྟ་སྐོར་ས་ཁོངས་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-07-04-01", "导游", "ཡུལ་སྐོར་ལམ་སྟོན་པ།"),
    ("6", "生产制造及有关人员", "ཐོན་སྐྱེད་བཟོ་སྐྲུན་དང་འབྲེལ་ཡོད་མི་སྣ།"),
    ("6-29", "建筑施工人员", "ཨར་ལས་ལག་བསྟར་མི་སྣ།"),
    ("6-29-01", "房屋建筑施工人员", "ཁང་པ་ཨར་ལས་ལག་བསྟར་མི་སྣ།"),
    ("6-29-01-01", "砌筑工", "རྩིག་བཟོ་བ།"),
]


@pytest.fixture
def occupations(db):
    rows = {}
    for code, name_zh, name_bo in OCCUPATIONS:
        parent = rows.get(code.rpartition("-")[0])
        rows[code] = Occupation.objects.create(
            code=code, level=code.count("-") + 1, parent=parent, name_zh=name_zh, name_bo=name_bo
        )
    return rows


def make_institution(tibetan, name, name_bo, valid_days, district="chengguan"):
    """A Chinese institution valid for `valid_days` from today (negative: lapsed), and its
    Tibetan translation."""
    institution = TrainingInstitution.objects.create(
        name=name,
        licence_number=f"1540100{abs(valid_days):08d}",
        issuing_authority="拉萨市人力资源和社会保障局",
        valid_until=lhasa_today() + timedelta(days=valid_days),
        address="城关区",
        district=district,
        contact_person="次仁卓玛",
        phone="0891-6330101",
    )
    translation = institution.copy_for_translation(tibetan)
    translation.name = name_bo
    translation.issuing_authority = "ལྷ་ས་གྲོང་ཁྱེར་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།"
    translation.contact_person = "ཚེ་རིང་སྒྲོལ་མ"
    translation.address = "ཁྲིན་ཀོན་ཆུས།"
    translation.save()
    return institution


class Catalogue:
    def __init__(self, site, tibetan, occupations):
        self.tibetan = tibetan
        self.occupations = occupations
        self.qualified = make_institution(
            tibetan, "拉萨市职业技能培训中心", "ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལྟེ་གནས།", 365
        )
        self.lapsed = make_institution(
            tibetan, "达孜区城乡职业培训学校", "སྟག་རྩེ་ཆུས་གྲོང་ཞིང་ལས་རིགས་སྦྱོང་བརྡར་སློབ་གྲྭ།", -1
        )
        self.index = site["home"].add_child(
            instance=CourseIndexPage(title="技能培训课程", slug="training")
        )
        self.bo_index = translate(self.index, tibetan, title="ལག་རྩལ་སྦྱོང་བརྡར་སློབ་ཚན།")
        self.numbers = count(1)

    def course(self, title="中式烹调师初级班", *, institution=None, start=10, **fields):
        """A published course and its published Tibetan translation; returns the Chinese page."""
        number = next(self.numbers)
        institution = institution or self.qualified
        values = {
            "occupation": self.occupations["4-03-02-01"],
            "skill_level": "5",
            "language": "zh",
            "start_date": lhasa_today() + timedelta(days=start),
            "end_date": lhasa_today() + timedelta(days=start + 30),
            "duration": 30,
            "duration_unit": "days",
            "schedule": "周一至周五 9:30–17:30",
            "location": "城关区实训基地",
            "district": "chengguan",
            "seats": 30,
            "seats_left": 10,
            "cost": 0,
            "subsidy_eligible": False,
            "how_to_enrol": "<p>带上身份证到服务站报名。</p>",
            **fields,
        }
        course = self.index.add_child(
            instance=CoursePage(
                title=title, slug=f"course-{number}", institution=institution, **values
            )
        )
        course.save_revision().publish()
        translate(
            course,
            self.tibetan,
            title=f"སློབ་ཚན་{number}",
            institution=institution.get_translation(self.tibetan),
        )
        return CoursePage.objects.get(pk=course.pk)

    def tibetan_of(self, course):
        return course.get_translation(self.tibetan)


@pytest.fixture
def catalogue(site, tibetan, occupations):
    return Catalogue(site, tibetan, occupations)


@pytest.fixture
def appointment_page(site, tibetan):
    """The page the "ask a counsellor" link leads to until the booking flow exists."""
    page = site["disclosures"].add_child(
        instance=StandardPage(title="服务流程", slug="service-process", kind="service_process")
    )
    return {"zh": page, "bo": translate(page, tibetan, title="ཞབས་ཞུའི་བརྒྱུད་རིམ།")}

"""The demo content of the training catalogue (clauses 6.2.1, 6.2.2, 5.2(3)): three institutions,
one of them with a lapsed qualification, and eight courses in occupations common among workers
who came home to Lhasa. See portal/demo.py for how demo content is built and translated.

Dates are counted from the day the demo is loaded, so the catalogue always has courses open for
enrolment, one that has started, one fully booked and one at the lapsed institution.

Occupations are rows of the national occupational classification (2022 edition). The loader of
the full classification lives in occupations/; this module creates only the rows its courses
need (with their parents), with the same names as occupations/data/occupations.csv, and leaves
existing rows alone. How sure each code is: see occupations/data/README.md (4-02-02-02 and
6-29-01-01 are checked against the 2022 text; 6-09-03-17 唐卡制作工 is a placeholder number).
"""

from datetime import timedelta

from home.demo import EXAMPLE_NOTE, EXAMPLE_NOTE_BO
from occupations.models import Occupation
from portal.dates import lhasa_today
from portal.demo import rich_text, tr
from training.models import (
    CourseIndexPage,
    CoursePage,
    DurationUnit,
    Language,
    SkillLevel,
    TrainingInstitution,
)

INDEX = {
    "key": "training",
    "title": tr("技能培训课程", "ལག་རྩལ་སྦྱོང་བརྡར་སློབ་ཚན།"),
    "summary": tr(
        "有资质的培训机构开设的课程：按职业、区县、授课语言和费用查找，找到合适的课程后，"
        "预约职业指导人员帮您报名。",
        "ཆོག་མཆན་ལྡན་པའི་སྦྱོང་བརྡར་ལས་ཁུངས་ཀྱིས་འཛུགས་པའི་སློབ་ཚན། ལས་རིགས་དང་། ཆུས་རྫོང་། "
        "སློབ་ཁྲིད་སྐད་ཡིག འགྲོ་གྲོན་བཅས་ལྟར་འཚོལ་ཆོག འོས་འཚམ་གྱི་སློབ་ཚན་རྙེད་རྗེས། "
        "ལས་རིགས་མཛུབ་སྟོན་མི་སྣར་དུས་ཚོད་སྔོན་འཁེལ་བྱས་ཏེ་མིང་འགོད་ལ་རོགས་རམ་ཞུ་ཆོག",
    ),
    "intro": [
        tr(
            "参加培训前，职业指导人员会根据您的测评结果和就业意向，和您一起确认培训需求、"
            "制定培训计划。",
            "སྦྱོང་བརྡར་ལ་མ་ཞུགས་གོང་། ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་ཁྱེད་ཀྱི་ཚད་འཇལ་གྲུབ་འབྲས་དང་"
            "ལས་ཞུགས་འདོད་ཕྱོགས་ལ་གཞིགས་ནས། ཁྱེད་དང་མཉམ་དུ་སྦྱོང་བརྡར་གྱི་དགོས་མཁོ་གཏན་འཁེལ་"
            "བྱས་ཏེ་སྦྱོང་བརྡར་འཆར་གཞི་བཟོ་གི་ཡོད།",
        ),
        tr(
            "我们只推荐培训资质在有效期内的机构。资质已过期的机构，其课程标为“不推荐”，"
            "不能通过本平台预约。",
            "ང་ཚོས་སྦྱོང་བརྡར་ཆོག་མཆན་ནུས་ཡོད་དུས་ཚོད་ནང་ཡོད་པའི་ལས་ཁུངས་ཁོ་ན་འོས་སྦྱོར་བྱེད། "
            "ཆོག་མཆན་དུས་ཚོད་ཡོལ་བའི་ལས་ཁུངས་ཀྱི་སློབ་ཚན་ལ་“འོས་སྦྱོར་མི་བྱེད”ཅེས་རྟགས་རྒྱག་ཅིང་། "
            "སྟེགས་བུ་འདི་བརྒྱུད་ནས་དུས་ཚོད་སྔོན་འཁེལ་བྱེད་མི་ཐུབ།",
        ),
    ],
}

# (code, name in Chinese, name in Tibetan), parents before children; the same as the rows of
# occupations/data/occupations.csv, whichever loader runs first.
OCCUPATIONS = [
    ("4", "社会生产服务和生活服务人员", "སྤྱི་ཚོགས་ཐོན་སྐྱེད་ཞབས་ཞུ་དང་འཚོ་བའི་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-01", "批发与零售服务人员", "ལྕོགས་ཚོང་དང་སིལ་ཚོང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-01-02", "销售人员", "ཚོང་འཚོང་མི་སྣ།"),
    ("4-01-02-02", "电子商务师", "གློག་རྡུལ་ཚོང་ལས་ཆེད་ལས་པ།"),
    ("4-02", "交通运输、仓储和邮政业服务人员", "སྐྱེལ་འདྲེན་དང་། མཛོད་ཉར། སྦྲག་རྫས་ལས་རིགས་ཀྱི་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-02-02", "道路运输服务人员", "ལམ་ཐོག་སྐྱེལ་འདྲེན་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-02-02-02", "道路货运汽车驾驶员", "ལམ་ཐོག་དངོས་ཟོག་སྐྱེལ་འདྲེན་རླངས་འཁོར་ཁ་ལོ་བ།"),  # verified
    ("4-03", "住宿和餐饮服务人员", "བབས་ཚུགས་དང་ཟ་ཁང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03-02", "餐饮服务人员", "ཟ་ཁང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03-02-01", "中式烹调师", "ཀྲུང་གོའི་ལུགས་ཀྱི་ཟས་གཡོས་མཁན།"),
    ("4-07", "租赁和商务服务人员", "གླ་གཏོང་དང་ཚོང་དོན་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-07-04", "旅游及公共游览场所服务人员", "ཡུལ་སྐོར་དང་སྤྱི་པའི་ལྟ་སྐོར་ས་ཁུལ་གྱི་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-07-04-01", "导游", "ཡུལ་སྐོར་ལམ་སྟོན་པ།"),
    ("4-10", "居民服务人员", "སྡོད་དམངས་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-10-01", "生活照料服务人员", "འཚོ་བའི་ལྟ་སྐྱོང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-10-01-06", "家政服务员", "ཁྱིམ་ཚང་ཞབས་ཞུ་བ།"),
    ("6", "生产制造及有关人员", "ཐོན་སྐྱེད་བཟོ་སྐྲུན་དང་འབྲེལ་ཡོད་མི་སྣ།"),
    (
        "6-09",
        "文教、工美、体育和娱乐用品制作人员",
        "རིག་གསོ་དང་། ལག་ཤེས་སྒྱུ་རྩལ། ལུས་རྩལ་དང་རྩེད་མོའི་ཅ་དངོས་བཟོ་མཁན་མི་སྣ།",
    ),
    ("6-09-03", "工艺美术品制作人员", "ལག་ཤེས་སྒྱུ་རྩལ་བཟོ་རྫས་བཟོ་མཁན་མི་སྣ།"),
    ("6-09-03-17", "唐卡制作工", "ཐང་ཀ་བཟོ་མཁན།"),  # number is a placeholder
    ("6-29", "建筑施工人员", "ཨར་ལས་ལག་བསྟར་མི་སྣ།"),
    ("6-29-01", "房屋建筑施工人员", "ཁང་པའི་ཨར་ལས་ལག་བསྟར་མི་སྣ།"),
    ("6-29-01-01", "砌筑工", "རྩིག་བཟོ་བ།"),  # verified
    ("6-31", "生产辅助人员", "ཐོན་སྐྱེད་རོགས་རམ་མི་སྣ།"),
    ("6-31-01", "机械设备修理人员", "འཕྲུལ་ཆས་སྒྲིག་ཆས་ཉམས་གསོ་མི་སྣ།"),
    ("6-31-01-03", "电工", "གློག་བཟོ་བ།"),
]

LHASA_BUREAU = tr("拉萨市人力资源和社会保障局", "ལྷ་ས་གྲོང་ཁྱེར་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།")

# Licence numbers, telephones and addresses are invented for the demo (the address says so).
INSTITUTIONS = [
    {
        "key": "lhasa-vocational-centre",
        "valid_days": 730,
        "name": tr("拉萨市职业技能培训中心", "ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལྟེ་གནས།"),
        "licence_number": "154010020190003",
        "issuing_authority": LHASA_BUREAU,
        "address": tr(
            "城关区 拉萨市职业技能公共实训基地" + EXAMPLE_NOTE,
            "ཁྲིན་ཀོན་ཆུས། ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྤྱི་པའི་ལག་ལེན་སྦྱོང་བརྡར་གཞི་མ།" + EXAMPLE_NOTE_BO,
        ),
        "district": "chengguan",
        "contact_person": tr("次仁卓玛", "ཚེ་རིང་སྒྲོལ་མ"),
        "phone": "0891-6330101",
        "website": "https://training.lhasa-career.example/",
        "description": tr(
            "市人力资源和社会保障局主办的公共实训基地，开设烹饪、电工、建筑和电子商务等课程，"
            "用汉语或藏语授课。",
            "གྲོང་ཁྱེར་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས་ཀྱིས་གཙོ་སྒྲུབ་བྱེད་པའི་སྤྱི་པའི་"
            "ལག་ལེན་སྦྱོང་བརྡར་གཞི་མ་ཡིན་ཞིང་། ཟས་བཟོ་དང་། གློག་བཟོ། ཨར་ལས། གློག་རྡུལ་ཚོང་ལས་སོགས་"
            "ཀྱི་སློབ་ཚན་འཛུགས་ལ། རྒྱ་སྐད་དམ་བོད་སྐད་ཐོག་སློབ་ཁྲིད་བྱེད།",
        ),
    },
    {
        "key": "duilongdeqing-crafts-school",
        "valid_days": 400,
        "name": tr(
            "堆龙德庆区民族手工艺职业培训学校",
            "སྟོད་ལུང་བདེ་ཆེན་ཆུས་མི་རིགས་ལག་ཤེས་ལས་རིགས་སྦྱོང་བརྡར་སློབ་གྲྭ།",
        ),
        "licence_number": "154010320200011",
        "issuing_authority": tr(
            "堆龙德庆区人力资源和社会保障局",
            "སྟོད་ལུང་བདེ་ཆེན་ཆུས་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།",
        ),
        "address": tr(
            "堆龙德庆区东嘎街道 民族手工艺产业园" + EXAMPLE_NOTE,
            "སྟོད་ལུང་བདེ་ཆེན་ཆུས་གདོང་དཀར་ཁྲོམ་གཞུང་། མི་རིགས་ལག་ཤེས་ཐོན་ལས་ལྡུམ་ར།" + EXAMPLE_NOTE_BO,
        ),
        "district": "duilongdeqing",
        "contact_person": tr("扎西顿珠", "བཀྲ་ཤིས་དོན་གྲུབ"),
        "phone": "0891-6330202",
        "website": "",
        "description": tr(
            "以唐卡绘画等民族手工艺培训为主，也开设导游和家政服务课程，主要用藏语授课。",
            "ཐང་ཀ་འབྲི་རྩལ་སོགས་མི་རིགས་ལག་ཤེས་སྦྱོང་བརྡར་གཙོ་བོར་བཟུང་ཞིང་། ཡུལ་སྐོར་ལམ་སྟོན་དང་"
            "ཁྱིམ་ཚང་ཞབས་ཞུའི་སློབ་ཚན་ཡང་འཛུགས་ལ། གཙོ་བོ་བོད་སྐད་ཐོག་སློབ་ཁྲིད་བྱེད།",
        ),
    },
    {
        "key": "dazi-vocational-school",
        # Lapsed: its course is shown as not recommended and cannot be booked (6.2.2).
        "valid_days": -45,
        "name": tr("达孜区城乡职业培训学校", "སྟག་རྩེ་ཆུས་གྲོང་ཞིང་ལས་རིགས་སྦྱོང་བརྡར་སློབ་གྲྭ།"),
        "licence_number": "154010420170005",
        "issuing_authority": tr(
            "达孜区人力资源和社会保障局",
            "སྟག་རྩེ་ཆུས་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།",
        ),
        "address": tr("达孜区德庆镇" + EXAMPLE_NOTE, "སྟག་རྩེ་ཆུས་བདེ་ཆེན་གྲོང་རྡལ།" + EXAMPLE_NOTE_BO),
        "district": "dazi",
        "contact_person": tr("格桑旺堆", "སྐལ་བཟང་དབང་འདུས"),
        "phone": "0891-6330303",
        "website": "",
        "description": tr(
            "开设汽车驾驶和农机操作培训。",
            "རླངས་འཁོར་ཁ་ལོ་སྒྱུར་བ་དང་ཞིང་ལས་འཕྲུལ་ཆས་བཀོལ་སྤྱོད་ཀྱི་སྦྱོང་བརྡར་འཛུགས།",
        ),
    },
]

# Shared texts.
WEEKDAYS = tr(
    "周一至周五 9:30–12:30，15:00–18:00",
    "གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར། 9:30–12:30, 15:00–18:00",
)
EVENINGS = tr(
    "周一至周五晚上 19:00–21:30，周六全天",
    "གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར་གྱི་དགོང་མོ། 19:00–21:30, གཟའ་སྤེན་པ་ཉིན་གང་།",
)
FULLY_SUBSIDISED = tr(
    "培训费由政府全额补贴，学员不交费。",
    "སྦྱོང་བརྡར་གྱི་འགྲོ་གྲོན་ཡོངས་རྫོགས་གཞུང་གིས་ཕན་སྐྱོར་བྱེད་པས། སློབ་མས་འགྲོ་གྲོན་སྤྲོད་མི་དགོས།",
)
SUBSIDY_AFTER = tr(
    "结业并取得证书后，可按规定申请职业技能培训补贴。",
    "སློབ་མཐར་ཕྱིན་ཏེ་ལག་ཁྱེར་ཐོབ་རྗེས། སྒྲིག་སྲོལ་ལྟར་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ཕན་སྐྱོར་ཞུ་ཆོག",
)
HOW_TO_ENROL = [
    tr(
        "带上身份证和户口簿，到就近的服务站或培训机构报名。职业指导人员可以帮您填写报名表。",
        "ངོ་སྤྲོད་ལག་ཁྱེར་དང་ཐེམ་ཐོ་དེབ་ཁྱེར་ནས་ཉེ་འཁོར་གྱི་ཞབས་ཞུ་ས་ཚིགས་སམ་སྦྱོང་བརྡར་ལས་ཁུངས་སུ་"
        "མིང་འགོད་བྱེད་རོགས། ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་མིང་འགོད་རེའུ་མིག་འབྲི་བར་རོགས་རམ་བྱེད་ཐུབ།",
    ),
    tr(
        "报名截止到开课前一天，名额满即止。",
        "མིང་འགོད་ནི་སློབ་ཁྲིད་འགོ་འཛུགས་པའི་ཉིན་སྔ་མའི་བར་ཡིན་ལ། གྲངས་ཚད་ཁ་ཚང་ན་མཚམས་འཇོག་བྱེད།",
    ),
]
TRAINING_BASE = tr("拉萨市职业技能公共实训基地", "ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྤྱི་པའི་ལག་ལེན་སྦྱོང་བརྡར་གཞི་མ།")
CRAFTS_PARK = tr("堆龙德庆区民族手工艺产业园", "སྟོད་ལུང་བདེ་ཆེན་ཆུས་མི་རིགས་ལག་ཤེས་ཐོན་ལས་ལྡུམ་ར།")


def _course(key, institution, occupation, **fields):
    return {"key": key, "institution": institution, "occupation": occupation, **fields}


COURSES = [
    _course(
        "thangka-painting",
        "duilongdeqing-crafts-school",
        "6-09-03-17",
        title=tr("唐卡绘画基础班（勉唐画派）", "ཐང་ཀ་འབྲི་རྩལ་གཞི་རིམ་འཛིན་གྲྭ།（སྨན་ཐང་ལུགས།）"),
        summary=tr(
            "从起稿、度量到矿物颜料上色，系统学习勉唐派唐卡绘画的基本功。藏语授课，学费全免。",
            "ཐང་ཀའི་ཐིག་རྩ་འདེབས་པ་དང་། ཚད་གཞི། རྡོ་ཚོན་འགོད་པ་བཅས་ནས་བཟུང་སྨན་ཐང་ལུགས་ཀྱི་"
            "ཐང་ཀ་འབྲི་རྩལ་གྱི་གཞི་རྩའི་ལག་རྩལ་མ་ལག་ཅན་དུ་སློབ་སྦྱོང་བྱེད། བོད་སྐད་ཐོག་སློབ་ཁྲིད་"
            "བྱེད་ཅིང་སློབ་ཡོན་ཡོངས་རྫོགས་ཆག་ཡང་གནང་།",
        ),
        skill_level=SkillLevel.SPECIAL,
        language=Language.TIBETAN,
        start=21,
        days=90,
        duration=(90, DurationUnit.DAYS),
        schedule=WEEKDAYS,
        location=tr(
            "堆龙德庆区民族手工艺产业园 二楼画室",
            "སྟོད་ལུང་བདེ་ཆེན་ཆུས་མི་རིགས་ལག་ཤེས་ཐོན་ལས་ལྡུམ་རའི་ཐོག་གཉིས་པའི་རི་མོ་ཁང་།",
        ),
        district="duilongdeqing",
        seats=(20, 8),
        cost=0,
        subsidy=(True, FULLY_SUBSIDISED),
        description=[
            tr(
                "学习唐卡的度量比例、线描，以及矿物颜料的研磨与上色。",
                "ཐང་ཀའི་ཐིག་རྩ་དང་ཚད་གཞི། རི་མོའི་ཐིག་འབྲི། རྡོ་ཚོན་བརྡར་བ་དང་ཚོན་འགོད་བཅས་སློབ་སྦྱོང་བྱེད།",
            ),
            [
                tr("起稿与度量", "ཐིག་རྩ་འདེབས་པ་དང་ཚད་གཞི།"),
                tr("线描", "ཐིག་འབྲི།"),
                tr("矿物颜料研磨与上色", "རྡོ་ཚོན་བརྡར་བ་དང་ཚོན་འགོད།"),
                tr("装裱与保养", "ཐང་ཀ་སྒྲིག་པ་དང་ཉར་ཚགས།"),
            ],
        ],
    ),
    _course(
        "chinese-cooking",
        "lhasa-vocational-centre",
        "4-03-02-01",
        title=tr(
            "中式烹调师初级班（藏餐与家常菜）",
            "རྒྱ་ལུགས་མ་བྱན་དམའ་རིམ་འཛིན་གྲྭ།（བོད་ཟས་དང་ཁྱིམ་ཟས།）",
        ),
        summary=tr(
            "学习刀工、火候和常见藏餐、川菜家常菜的做法，结业后可参加五级职业技能等级认定。",
            "གྲི་རྩལ་དང་མེ་ཚད། བོད་ཟས་དང་སི་ཁྲོན་ཁྱིམ་ཟས་རྒྱུན་མཐོང་གི་བཟོ་སྟངས་བཅས་སློབ་སྦྱོང་"
            "བྱེད། སློབ་མཐར་ཕྱིན་རྗེས་ལས་རིགས་ལག་རྩལ་རིམ་པ་ལྔ་པའི་ངོས་འཛིན་ལ་ཞུགས་ཆོག",
        ),
        skill_level=SkillLevel.LEVEL_5,
        language=Language.BOTH,
        start=14,
        days=30,
        duration=(30, DurationUnit.DAYS),
        schedule=WEEKDAYS,
        location=tr(
            "拉萨市职业技能公共实训基地 烹饪实训室",
            "ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྤྱི་པའི་ལག་ལེན་སྦྱོང་བརྡར་གཞི་མའི་ཟས་བཟོ་ལག་ལེན་ཁང་།",
        ),
        district="chengguan",
        seats=(30, 12),
        cost=0,
        subsidy=(True, FULLY_SUBSIDISED),
        description=[
            tr(
                "每天上午讲解，下午在实训厨房动手做。学员自备工作服，原料由培训中心提供。",
                "ཉིན་རེའི་སྔ་དྲོ་འགྲེལ་བཤད་བྱེད་ཅིང་། ཕྱི་དྲོ་ལག་ལེན་ཐབ་ཚང་དུ་ལག་ལེན་བྱེད། "
                "སློབ་མས་ལས་གོས་རང་གིས་གྲ་སྒྲིག་བྱེད་དགོས་ལ། ཟས་རྒྱུ་སྦྱོང་བརྡར་ལྟེ་གནས་ནས་"
                "མཁོ་སྤྲོད་བྱེད།",
            ),
            [
                tr("刀工与原料初加工", "གྲི་རྩལ་དང་ཟས་རྒྱུའི་ཐོག་མའི་བཟོ་བཅོས།"),
                tr("火候与调味", "མེ་ཚད་དང་བྲོ་བ་སྙོམས་སྒྲིག"),
                tr("藏餐：酥油茶和藏式包子", "བོད་ཟས། བོད་ཇ་དང་ཤ་མོག"),
                tr("川菜家常菜", "སི་ཁྲོན་གྱི་ཁྱིམ་ཟས།"),
                tr("厨房卫生与食品安全", "ཐབ་ཚང་གཙང་སྦྲ་དང་ཟས་རིགས་བདེ་འཇགས།"),
            ],
        ],
    ),
    _course(
        "electrician",
        "lhasa-vocational-centre",
        "6-31-01-03",
        title=tr("电工初级班", "གློག་བཟོ་བ་དམའ་རིམ་འཛིན་གྲྭ།"),
        summary=tr(
            "学习低压电路、照明和配电箱安装、安全用电。持证上岗还需另考特种作业操作证。",
            "གློག་ཤུགས་དམའ་བའི་གློག་ལམ་དང་། གློག་སྒྲོན་དང་གློག་བགོ་སྒམ་སྒྲིག་སྦྱོར། བདེ་འཇགས་ངང་"
            "གློག་བེད་སྤྱོད་བཅས་སློབ་སྦྱོང་བྱེད། ལག་ཁྱེར་ཐོག་ལས་ཀར་ཞུགས་ན་དམིགས་བསལ་ལས་རིགས་"
            "བཀོལ་སྤྱོད་ལག་ཁྱེར་ལོགས་སུ་ལེན་དགོས།",
        ),
        skill_level=SkillLevel.LEVEL_5,
        language=Language.CHINESE,
        start=30,
        days=84,
        duration=(240, DurationUnit.HOURS),
        schedule=EVENINGS,
        location=tr(
            "拉萨市职业技能公共实训基地 电工实训室",
            "ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྤྱི་པའི་ལག་ལེན་སྦྱོང་བརྡར་གཞི་མའི་གློག་བཟོ་ལག་ལེན་ཁང་།",
        ),
        district="chengguan",
        seats=(40, 25),
        cost=1800,
        subsidy=(True, SUBSIDY_AFTER),
        description=[
            [
                tr("识读电气图纸", "གློག་ཆས་ཀྱི་པར་རིས་ཀློག་པ།"),
                tr("照明电路与配电箱安装", "གློག་སྒྲོན་གློག་ལམ་དང་གློག་བགོ་སྒམ་སྒྲིག་སྦྱོར།"),
                tr("电工仪表使用", "གློག་བཟོའི་ཚད་འཇལ་ཡོ་བྱད་བེད་སྤྱོད།"),
                tr("安全用电与触电急救", "བདེ་འཇགས་ངང་གློག་བེད་སྤྱོད་དང་གློག་ཐུག་པའི་གཉེན་ཁ་སྐྱོབ་པ།"),
            ],
        ],
    ),
    _course(
        "bricklayer",
        "lhasa-vocational-centre",
        "6-29-01-01",
        title=tr("砌筑工技能提升班", "རྩིག་བཟོ་བའི་ལག་རྩལ་ཇེ་མཐོར་གཏོང་བའི་འཛིན་གྲྭ།"),
        summary=tr(
            "面向有施工经验的工人，学习藏式石墙和砖墙砌筑，可参加四级职业技能等级认定。",
            "ཨར་ལས་ཀྱི་མྱོང་བ་ཡོད་པའི་ལས་མི་ཚོར་དམིགས་ནས། བོད་ལུགས་རྡོ་རྩིག་དང་སོ་ཕག་རྩིག་པ་"
            "རྩིག་སྟངས་སློབ་སྦྱོང་བྱེད། ལས་རིགས་ལག་རྩལ་རིམ་པ་བཞི་པའི་ངོས་འཛིན་ལ་ཞུགས་ཆོག",
        ),
        skill_level=SkillLevel.LEVEL_4,
        language=Language.BOTH,
        # Started five days ago: enrolment is closed.
        start=-5,
        days=20,
        duration=(20, DurationUnit.DAYS),
        schedule=tr("每天 9:00–17:00（工地实训）", "ཉིན་ལྟར། 9:00–17:00（ལས་ཡུལ་དུ་ལག་ལེན།）"),
        location=tr("曲水县 乡村建设实训工地", "ཆུ་ཤུར་རྫོང་གི་གྲོང་གསེབ་འཛུགས་སྐྲུན་ལག་ལེན་ལས་ཡུལ།"),
        district="qushui",
        seats=(30, 3),
        cost=0,
        subsidy=(True, FULLY_SUBSIDISED),
        description=[
            [
                tr("识图与放线", "པར་རིས་ཀློག་པ་དང་ཐིག་འདེབས།"),
                tr("藏式石墙砌筑", "བོད་ལུགས་རྡོ་རྩིག"),
                tr("砖墙与砌块砌筑", "སོ་ཕག་དང་ཕག་ཆུང་རྩིག་པ།"),
                tr("施工安全", "ལས་ཀ་སྒྲུབ་སྐབས་ཀྱི་བདེ་འཇགས།"),
            ],
        ],
    ),
    _course(
        "tour-guide",
        "duilongdeqing-crafts-school",
        "4-07-04-01",
        title=tr("藏语导游讲解培训班", "བོད་སྐད་ཐོག་ཡུལ་སྐོར་ལམ་སྟོན་འགྲེལ་བཤད་སྦྱོང་བརྡར་འཛིན་གྲྭ།"),
        summary=tr(
            "学习拉萨主要景点的历史文化讲解和接待礼仪，为考取导游资格证打基础。",
            "ལྷ་སའི་ལྟ་སྐོར་ས་ཚིགས་གཙོ་བོའི་ལོ་རྒྱུས་རིག་གནས་འགྲེལ་བཤད་དང་མགྲོན་ལེན་གྱི་ཀུན་སྤྱོད་"
            "སློབ་སྦྱོང་བྱས་ཏེ། ཡུལ་སྐོར་ལམ་སྟོན་པའི་ཆོག་མཆན་ལག་ཁྱེར་ལེན་པའི་རྨང་གཞི་འདིང་།",
        ),
        skill_level=SkillLevel.SPECIAL,
        language=Language.TIBETAN,
        start=10,
        days=30,
        duration=(120, DurationUnit.HOURS),
        schedule=WEEKDAYS,
        location=CRAFTS_PARK,
        district="duilongdeqing",
        seats=(25, 6),
        cost=0,
        subsidy=(True, FULLY_SUBSIDISED),
        description=[
            [
                tr(
                    "景点讲解：布达拉宫、大昭寺、罗布林卡",
                    "ལྟ་སྐོར་ས་ཚིགས་འགྲེལ་བཤད། པོ་ཏ་ལ་དང་། ཇོ་ཁང་། ནོར་བུ་གླིང་ཀ་བཅས།",
                ),
                tr("接待礼仪与游客服务", "མགྲོན་ལེན་ཀུན་སྤྱོད་དང་ཡུལ་སྐོར་བར་ཞབས་ཞུ།"),
                tr("旅游安全与应急处理", "ཡུལ་སྐོར་བདེ་འཇགས་དང་ཛ་དྲག་ཐག་གཅོད།"),
                tr("实地带团练习", "ས་ཐོག་ཏུ་ཡུལ་སྐོར་ཚོགས་པ་ཁྲིད་པའི་ལག་ལེན།"),
            ],
        ],
    ),
    _course(
        "truck-driving",
        "dazi-vocational-school",
        "4-02-02-02",
        title=tr(
            "道路货运汽车驾驶员培训班",
            "ལམ་ཐོག་དངོས་ཟོག་སྐྱེལ་འདྲེན་རླངས་འཁོར་ཁ་ལོ་བའི་སྦྱོང་བརྡར་འཛིན་གྲྭ།",
        ),
        summary=tr(
            "学习货车驾驶、货物装载和高原道路安全驾驶。",
            "ཐེག་འཁོར་ཁ་ལོ་སྒྱུར་སྟངས་དང་། དངོས་ཟོག་བཀལ་སྟངས། མཐོ་སྒང་གི་ལམ་ཐོག་བདེ་འཇགས་ངང་"
            "ཁ་ལོ་སྒྱུར་བ་བཅས་སློབ་སྦྱོང་བྱེད།",
        ),
        skill_level=SkillLevel.LEVEL_5,
        language=Language.CHINESE,
        start=20,
        days=45,
        duration=(45, DurationUnit.DAYS),
        schedule=WEEKDAYS,
        location=tr("达孜区德庆镇 驾驶训练场", "སྟག་རྩེ་ཆུས་བདེ་ཆེན་གྲོང་རྡལ་གྱི་ཁ་ལོ་སྦྱོང་བརྡར་ཐང་།"),
        district="dazi",
        seats=(30, 20),
        cost=3500,
        subsidy=(False, ""),
        description=[
            [
                tr(
                    "货车基本操作与场地训练",
                    "ཐེག་འཁོར་གྱི་གཞི་རྩའི་བཀོལ་སྤྱོད་དང་ཐང་ཁྲོད་སྦྱོང་བརྡར།",
                ),
                tr(
                    "高原山区道路安全驾驶",
                    "མཐོ་སྒང་རི་ཁུལ་གྱི་ལམ་ཐོག་བདེ་འཇགས་ངང་ཁ་ལོ་སྒྱུར་བ།",
                ),
                tr("货物装载与固定", "དངོས་ཟོག་བཀལ་བ་དང་བརྟན་པོར་འཇོག་པ།"),
            ],
        ],
    ),
    _course(
        "domestic-service",
        "duilongdeqing-crafts-school",
        "4-10-01-06",
        title=tr(
            "家政服务员培训班（母婴护理方向）",
            "ཁྱིམ་ཚང་ཞབས་ཞུ་བའི་སྦྱོང་བརྡར་འཛིན་གྲྭ།（མ་བུའི་ལྟ་སྐྱོང་ཕྱོགས།）",
        ),
        summary=tr(
            "学习家庭保洁、做饭和产妇、婴儿照料，适合想在拉萨就近就业的妇女。",
            "ཁྱིམ་ཚང་གཙང་སྦྲ་དང་ཟས་བཟོ། བཙས་མ་དང་བྱིས་པ་ལྟ་སྐྱོང་བཅས་སློབ་སྦྱོང་བྱེད། ལྷ་སའི་"
            "ཉེ་འཁོར་དུ་ལས་ཀ་བྱེད་འདོད་པའི་བུད་མེད་ལ་འཚམ།",
        ),
        skill_level=SkillLevel.LEVEL_5,
        language=Language.BOTH,
        start=7,
        days=15,
        duration=(15, DurationUnit.DAYS),
        schedule=WEEKDAYS,
        location=tr(
            "堆龙德庆区东嘎街道 社区服务中心",
            "སྟོད་ལུང་བདེ་ཆེན་ཆུས་གདོང་དཀར་ཁྲོམ་གཞུང་གི་སྡོད་ཁུལ་ཞབས་ཞུ་ལྟེ་གནས།",
        ),
        district="duilongdeqing",
        # Fully booked.
        seats=(20, 0),
        cost=0,
        subsidy=(True, FULLY_SUBSIDISED),
        description=[
            [
                tr("家庭保洁与衣物洗涤", "ཁྱིམ་ཚང་གཙང་སྦྲ་དང་གྱོན་ཆས་འཁྲུ་བ།"),
                tr("家常饭菜制作", "ཁྱིམ་ཟས་བཟོ་བ།"),
                tr("产妇和新生儿照料", "བཙས་མ་དང་བྱིས་པ་སྐྱེས་མ་ཐག་པ་ལྟ་སྐྱོང་།"),
            ],
        ],
    ),
    _course(
        "e-commerce",
        "lhasa-vocational-centre",
        "4-01-02-02",
        title=tr(
            "电子商务培训班（农牧特产网店）",
            "གློག་རྡུལ་ཚོང་ལས་སྦྱོང་བརྡར་འཛིན་གྲྭ།（ཞིང་འབྲོག་ཁྱད་ཐོན་དྲ་ཚོང་ཁང་།）",
        ),
        summary=tr(
            "学习用手机开网店、拍产品照片和直播销售，把家乡的牦牛肉、青稞和手工艺品卖出去。",
            "ཁ་པར་ཐོག་དྲ་ཚོང་ཁང་འཛུགས་སྟངས་དང་། ཐོན་རྫས་ཀྱི་པར་ལེན་སྟངས། ཐད་གཏོང་ཐོག་ཚོང་འཚོང་"
            "བཅས་སློབ་སྦྱོང་བྱས་ཏེ། ཕ་ཡུལ་གྱི་གཡག་ཤ་དང་ནས། ལག་ཤེས་བཟོ་རྫས་བཅས་ཚོང་འཚོང་བྱེད།",
        ),
        skill_level=SkillLevel.LEVEL_5,
        language=Language.BOTH,
        start=40,
        days=20,
        duration=(120, DurationUnit.HOURS),
        schedule=WEEKDAYS,
        location=tr(
            "拉萨市职业技能公共实训基地 电商实训室",
            "ལྷ་ས་གྲོང་ཁྱེར་ལས་རིགས་ལག་རྩལ་སྤྱི་པའི་ལག་ལེན་སྦྱོང་བརྡར་གཞི་མའི་གློག་རྡུལ་ཚོང་ལས་ལག་ལེན་ཁང་།",
        ),
        district="chengguan",
        seats=(35, 30),
        cost=0,
        subsidy=(True, FULLY_SUBSIDISED),
        description=[
            [
                tr("开设和装修网店", "དྲ་ཚོང་ཁང་འཛུགས་པ་དང་མཛེས་བཀོད།"),
                tr("产品拍照与文案", "ཐོན་རྫས་པར་ལེན་དང་ངོ་སྤྲོད་ཡི་གེ།"),
                tr("直播带货", "ཐད་གཏོང་ཐོག་ཚོང་འཚོང་།"),
                tr("快递发货与售后", "མྱུར་སྐྱེལ་བསྐུར་བ་དང་ཚོང་རྗེས་ཞབས་ཞུ།"),
            ],
        ],
    ),
]


def load(demo):
    """Occupations, institutions, the course catalogue and its courses."""
    occupations = load_occupations()
    today = lhasa_today()
    institutions = {
        spec["key"]: demo.snippet(
            TrainingInstitution,
            spec["key"],
            lookup={"name": spec["name"]},
            valid_until=today + timedelta(days=spec["valid_days"]),
            **{name: value for name, value in spec.items() if name not in ("key", "valid_days")},
        )
        for spec in INSTITUTIONS
    }
    index = demo.page(
        demo.pages["home"],
        CourseIndexPage,
        INDEX["key"],
        title=INDEX["title"],
        summary=INDEX["summary"],
        intro=rich_text(INDEX["intro"]),
    )
    for spec in COURSES:
        start = today + timedelta(days=spec["start"])
        duration, unit = spec["duration"]
        seats, seats_left = spec["seats"]
        subsidy_eligible, subsidy_note = spec["subsidy"]
        demo.page(
            index,
            CoursePage,
            spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            institution=institutions[spec["institution"]],
            occupation=occupations[spec["occupation"]],
            skill_level=spec["skill_level"],
            language=spec["language"],
            start_date=start,
            end_date=start + timedelta(days=spec["days"] - 1),
            duration=duration,
            duration_unit=unit,
            schedule=spec["schedule"],
            location=spec["location"],
            district=spec["district"],
            seats=seats,
            seats_left=seats_left,
            cost=spec["cost"],
            subsidy_eligible=subsidy_eligible,
            subsidy_note=subsidy_note,
            description=rich_text(spec["description"]),
            how_to_enrol=rich_text(HOW_TO_ENROL),
        )
    return index


def load_occupations():
    """The classification rows the demo courses need, by code; existing rows are kept."""
    rows = {}
    for code, name_zh, name_bo in OCCUPATIONS:
        parent_code = code.rpartition("-")[0]
        rows[code], _ = Occupation.objects.get_or_create(
            code=code,
            defaults={
                "level": code.count("-") + 1,
                "parent": rows.get(parent_code) if parent_code else None,
                "name_zh": name_zh,
                "name_bo": name_bo,
            },
        )
    return rows

"""Demo jobs: employers and postings in every district and county of Lhasa, elsewhere in Tibet
and outside Tibet, with Tibetan translations; some expired and some awaiting review.

The employers are invented (their credit codes are made with valid check characters, see
`demo_credit_code`); the occupations and townships are the shipped reference data. Closing and
posting dates are counted from the day the demo is loaded, so the demo always has open jobs.
"""

from datetime import timedelta

from django.core.management.base import CommandError
from django.utils import timezone

from jobs.choices import ContractType, LanguageRequired, SkillRequired, WageUnit
from jobs.credit_code import check_character, organisation_check_character
from jobs.models import Employer, JobIndexPage, JobPage
from occupations.models import Occupation
from portal.dates import lhasa_today
from portal.demo import rich_text, tr
from regions.models import Township

INDEX = {
    "key": "jobs",
    "title": tr("岗位信息", "ལས་གནས་ཆ་འཕྲིན།"),
    "summary": tr(
        "经审核发布的用工岗位，离家近的岗位排在前面。",
        "ཞིབ་བཤེར་བྱས་རྗེས་ཁྱབ་བསྒྲགས་བྱས་པའི་ལས་གནས། ཁྱིམ་དང་ཉེ་བའི་ལས་གནས་མདུན་དུ་བཀོད་ཡོད།",
    ),
    "intro": [
        tr(
            "每个岗位都由职业指导中心审核后发布。选择您居住的乡镇，离家近的岗位会排在前面。",
            "ལས་གནས་རེ་རེ་ལས་རིགས་མཛུབ་སྟོན་ལྟེ་གནས་ཀྱིས་ཞིབ་བཤེར་བྱས་རྗེས་ཁྱབ་བསྒྲགས་བྱེད། "
            "ཁྱེད་རང་སྡོད་སའི་ཤང་དང་གྲོང་རྡལ་འདེམས་ན། ཁྱིམ་དང་ཉེ་བའི་ལས་གནས་མདུན་དུ་འཆར།",
        ),
    ],
}

# key: (Chinese name, Tibetan name, area of the address, contact person, telephone, verified)
EMPLOYERS = {
    "xueyu-construction": (
        "拉萨雪域建筑工程有限公司",
        "ལྷ་ས་གངས་ལྗོངས་ཨར་ལས་བཟོ་སྐྲུན་ཚད་ཡོད་ཀུང་སི།",
        "chengguan",
        "王建国",
        "0891-6321001",
        True,
    ),
    "dazi-power": (
        "达孜工业园区电力设备有限公司",
        "སྟག་རྩེ་བཟོ་ལས་ཁུལ་གློག་ཤུགས་སྒྲིག་ཆས་ཚད་ཡོད་ཀུང་སི།",
        "dazi",
        "次仁多吉",
        "13908901002",
        True,
    ),
    "duilong-logistics": (
        "堆龙德庆物流有限公司",
        "སྟོད་ལུང་བདེ་ཆེན་དངོས་ཟོག་རྒྱུན་འདྲེན་ཚད་ཡོད་ཀུང་སི།",
        "duilongdeqing",
        "李明",
        "13908901003",
        True,
    ),
    "holy-land-travel": (
        "拉萨圣地旅游服务有限公司",
        "ལྷ་ས་གནས་ཆེན་ཡུལ་སྐོར་ཞབས་ཞུ་ཚད་ཡོད་ཀུང་སི།",
        "chengguan",
        "央金",
        "0891-6321004",
        True,
    ),
    "linzhou-yak": (
        "林周县牦牛养殖专业合作社",
        "ལྷུན་གྲུབ་རྫོང་གཡག་གསོ་ཆེད་ལས་མཉམ་ལས་ཁང་།",
        "linzhou",
        "扎西",
        "13908901005",
        True,
    ),
    "nimu-crafts": (
        "尼木县传统工艺有限公司",
        "སྙེ་མོ་རྫོང་སྲོལ་རྒྱུན་ལག་ཤེས་ཚད་ཡོད་ཀུང་སི།",
        "nimu",
        "格桑",
        "13908901006",
        True,
    ),
    "qushui-farm": (
        "曲水县现代农业园区",
        "ཆུ་ཤུར་རྫོང་དེང་རབས་ཞིང་ལས་ཁུལ།",
        "qushui",
        "陈红",
        "13908901007",
        False,
    ),
    "mozhu-installation": (
        "墨竹工卡县建筑安装有限公司",
        "མལ་གྲོ་གུང་དཀར་རྫོང་ཨར་ལས་སྒྲིག་སྦྱོར་ཚད་ཡོད་ཀུང་སི།",
        "mozhugongka",
        "普布",
        "13908901008",
        True,
    ),
    "namtso-hotel": (
        "当雄县纳木错旅游酒店",
        "འདམ་གཞུང་རྫོང་གནམ་མཚོ་ཡུལ་སྐོར་མགྲོན་ཁང་།",
        "dangxiong",
        "拉巴",
        "13908901009",
        True,
    ),
    "jiahe-domestic": (
        "拉萨家和家政服务有限公司",
        "ལྷ་ས་ཁྱིམ་མཐུན་ཁྱིམ་ཚང་ཞབས་ཞུ་ཚད་ཡོད་ཀུང་སི།",
        "chengguan",
        "刘芳",
        "13908901010",
        False,
    ),
    "zhufeng-construction": (
        "日喀则市珠峰建设有限公司",
        "གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་ཇོ་མོ་གླང་མ་འཛུགས་སྐྲུན་ཚད་ཡོད་ཀུང་སི།",
        "tibet",
        "边巴",
        "13908901011",
        True,
    ),
    "shutong-electric": (
        "成都蜀通机电安装有限公司",
        "ཁྲེང་ཏུའུ་ཧྲུའུ་ཐུང་འཕྲུལ་གློག་སྒྲིག་སྦྱོར་ཚད་ཡོད་ཀུང་སི།",
        "outside",
        "张伟",
        "13908901012",
        True,
    ),
}

HOURS = {
    "day": tr("每天8小时，每周休息1天", "ཉིན་རེར་ཆུ་ཚོད་8། བདུན་ཕྲག་རེར་ངལ་གསོ་ཉིན་1།"),
    "office": tr(
        "上午9点至下午6点，周末双休",
        "སྔ་དྲོ་ཆུ་ཚོད་9ནས་ཕྱི་དྲོ་ཆུ་ཚོད་6བར། གཟའ་མཇུག་ཉིན་གཉིས་ངལ་གསོ།",
    ),
    "shift": tr("三班倒，每班8小时", "རེས་མོས་ཐེངས་གསུམ། ཐེངས་རེར་ཆུ་ཚོད་8།"),
    "season": tr(
        "旺季每天10小时，加班另计工资",
        "ལས་ཀ་མང་དུས་ཉིན་རེར་ཆུ་ཚོད་10། དུས་ཚོད་ལྷག་པར་གླ་ཆ་ལོགས་སུ་སྤྲོད།",
    ),
}

SHARED_DESCRIPTION = tr(
    "欢迎返乡农民工报名。用工单位依法签订劳动合同、缴纳社会保险。",
    "ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པས་མིང་འགོད་པར་དགའ་བསུ་ཞུ། "
    "ལས་བཀོལ་ས་ཚིགས་ཀྱིས་ཁྲིམས་ལྟར་ལས་ཀའི་གན་རྒྱ་འཇོག་པ་དང་སྤྱི་ཚོགས་འགན་ལེན་འཇལ་འབབ་སྤྲོད།",
)
HOW_TO_APPLY = [
    tr(
        "请携带身份证和相关证书到用工单位面试，或先打电话预约。",
        "ངོ་སྤྲོད་ལག་ཁྱེར་དང་འབྲེལ་ཡོད་ལག་ཁྱེར་ཁྱེར་ནས་ལས་བཀོལ་ས་ཚིགས་སུ་ངོ་འཕྲད་འདྲི་རྩད་ལ་ཕེབས་རོགས། "
        "ཡང་ན་སྔོན་ལ་ཁ་པར་བཏང་ནས་དུས་ཚོད་གཏན་འཁེལ་གནང་རོགས།",
    ),
    tr(
        "也可以到就近的服务站，由职业指导员帮您报名。",
        "ཡང་ན་ཉེ་འཁྲིས་ཀྱི་ཞབས་ཞུ་ས་ཚིགས་སུ་ཕེབས་ན། ལས་རིགས་མཛུབ་སྟོན་པས་མིང་འགོད་པར་རོགས་རམ་བྱེད།",
    ),
]

# Each kind of job is posted in several places: (occupation, title, summary, duty, employer,
# wage (min, max, unit), hours, accommodation, meals, language, contract, qualification, wanted)
KINDS = [
    (
        "6-31-01-03",
        tr("维修电工", "ཉམས་གསོ་གློག་བཟོ་བ།"),
        tr(
            "持电工证，负责供配电设备的日常检修。",
            "གློག་བཟོའི་ལག་ཁྱེར་ཡོད་པ། གློག་མཁོ་སྤྲོད་སྒྲིག་ཆས་ཀྱི་རྒྱུན་ལྡན་ཉམས་གསོ་བྱེད།",
        ),
        tr(
            "负责厂区和工地供配电线路、配电箱和照明设备的检修与维护。",
            "བཟོ་གྲྭ་དང་ལས་ཡུལ་གྱི་གློག་ལམ་དང་གློག་སྒམ། འོད་སྒྲོན་སྒྲིག་ཆས་བཅས་ཞིབ་བཤེར་ཉམས་གསོ་བྱེད།",
        ),
        "dazi-power",
        (4500, 6500, WageUnit.MONTH),
        "day",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.FIXED_TERM,
        SkillRequired.SPECIAL,
        3,
    ),
    (
        "6-29-03-02",
        tr("建筑工地电气安装工", "ཨར་ལས་ས་ཁུལ་གྱི་གློག་ཆས་སྒྲིག་སྦྱོར་བ།"),
        tr("安装住宅楼的电线、开关和配电箱。", "སྡོད་ཁང་གི་གློག་སྐུད་དང་གློག་སྒོ། གློག་སྒམ་བཅས་སྒྲིག་སྦྱོར་བྱེད།"),
        tr(
            "按图纸安装室内线路和配电设备，有建筑工地经验者优先。",
            "འཆར་རིས་ལྟར་ཁང་ནང་གི་གློག་ལམ་དང་གློག་སྒྲིག་ཆས་སྒྲིག་སྦྱོར་བྱེད། ཨར་ལས་ས་ཁུལ་གྱི་ཉམས་མྱོང་ཡོད་ན་སྔོན་འདེམས་བྱེད།",
        ),
        "mozhu-installation",
        (220, 300, WageUnit.DAY),
        "season",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.PROJECT,
        SkillRequired.LEVEL_5,
        6,
    ),
    (
        "6-18-02-04",
        tr("电焊工", "གློག་ཞུན་སྦྱོར་བ།"),
        tr("钢结构厂房焊接，持焊工证。", "ལྕགས་སྒྲོམ་བཟོ་གྲྭའི་ཞུན་སྦྱོར། ཞུན་སྦྱོར་ལག་ཁྱེར་ཡོད་པ།"),
        tr(
            "负责钢结构构件的焊接和修补，能看懂简单图纸。",
            "ལྕགས་སྒྲོམ་ཆ་ལག་གི་ཞུན་སྦྱོར་དང་ཞིག་གསོ་བྱེད། འཆར་རིས་སླ་མོ་ཀློག་ཤེས་དགོས།",
        ),
        "xueyu-construction",
        (6000, 8000, WageUnit.MONTH),
        "day",
        True,
        False,
        LanguageRequired.EITHER,
        ContractType.FIXED_TERM,
        SkillRequired.SPECIAL,
        4,
    ),
    (
        "6-29-01-01",
        tr("砌筑工", "རྩིག་བཟོ་བ།"),
        tr("住宅工地砌墙，按天结算工资。", "སྡོད་ཁང་ལས་ཡུལ་དུ་རྩིག་པ་རྩིག ཉིན་རེའི་གླ་ཆ་རྩིས་སྤྲོད།"),
        tr(
            "负责砖墙和石墙砌筑，工地提供安全帽和劳保用品。",
            "སོ་ཕག་དང་རྡོའི་རྩིག་པ་རྩིག་དགོས། ལས་ཡུལ་ནས་བདེ་འཇགས་རྨོག་ཞྭ་དང་ལས་སྲུང་ཡོ་བྱད་མཁོ་སྤྲོད་བྱེད།",
        ),
        "xueyu-construction",
        (280, 350, WageUnit.DAY),
        "season",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.PROJECT,
        SkillRequired.NONE,
        10,
    ),
    (
        "6-29-01-04",
        tr("钢筋工", "ལྕགས་ཐུར་བཟོ་བ།"),
        tr("钢筋下料、绑扎，有经验者优先。", "ལྕགས་ཐུར་གཅོད་པ་དང་སྦྲེལ་བ། ཉམས་མྱོང་ཡོད་ན་སྔོན་འདེམས།"),
        tr(
            "按施工要求加工和绑扎钢筋，服从班组长安排。",
            "ལས་ཀའི་བླང་བྱ་ལྟར་ལྕགས་ཐུར་བཟོ་བཅོས་དང་སྦྲེལ་མཐུད་བྱེད། ལས་ཚན་འགོ་པའི་ལས་བགོས་ལ་བརྩི་སྲུང་བྱེད།",
        ),
        "zhufeng-construction",
        (250, 320, WageUnit.DAY),
        "season",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.PROJECT,
        SkillRequired.NONE,
        8,
    ),
    (
        "6-29-04-01",
        tr("装饰装修工", "ཁང་པ་མཛེས་སྒྲིག་བཟོ་བ།"),
        tr("室内墙面、地面装修。", "ཁང་ནང་གི་རྩིག་ངོས་དང་ས་གཞིའི་མཛེས་སྒྲིག"),
        tr(
            "负责刮腻子、刷漆和铺地砖，能独立完成一个房间的装修。",
            "རྩིག་ངོས་སྙོམས་པ་དང་ཚོན་རྩི་བྱུག་པ། ས་ཕག་འདིང་བ་བཅས་བྱེད། ཁང་མིག་གཅིག་རང་ཉིད་ཀྱིས་མཛེས་སྒྲིག་བྱེད་ཐུབ་དགོས།",
        ),
        "xueyu-construction",
        (5000, 7000, WageUnit.MONTH),
        "day",
        False,
        True,
        LanguageRequired.EITHER,
        ContractType.FIXED_TERM,
        SkillRequired.LEVEL_5,
        5,
    ),
    (
        "6-29-05-05",
        tr("藏式建筑彩绘工", "བོད་ལུགས་ཨར་ལས་ཀྱི་ཚོན་རིས་བཟོ་བ།"),
        tr("寺庙和民居的传统彩绘。", "དགོན་པ་དང་མི་སྡོད་ཁང་པའི་སྲོལ་རྒྱུན་ཚོན་རིས།"),
        tr(
            "在梁柱和门窗上绘制传统图案，会藏式彩绘者优先，可带徒学习。",
            "གདུང་ཀ་དང་སྒོ་སྒེའུ་སྟེང་སྲོལ་རྒྱུན་གྱི་རི་མོ་འབྲི་དགོས། བོད་ལུགས་ཚོན་རིས་ཤེས་ན་སྔོན་འདེམས་བྱེད། སློབ་མ་ཁྲིད་ནས་སློབ་ཆོག",
        ),
        "nimu-crafts",
        (6000, 9000, WageUnit.MONTH),
        "day",
        True,
        True,
        LanguageRequired.TIBETAN,
        ContractType.FIXED_TERM,
        SkillRequired.LEVEL_4,
        3,
    ),
    (
        "6-09-03-17",
        tr("唐卡画师", "ཐང་ཀ་རི་མོ་བ།"),
        tr("唐卡绘制，学徒和熟练画师均可。", "ཐང་ཀ་འབྲི་བ། སློབ་མ་དང་ལག་རྩལ་ལྡན་པའི་རི་མོ་བ་གཉིས་ཀ་ཆོག"),
        tr(
            "在画院绘制唐卡，按作品质量计酬，提供颜料和画布。",
            "རི་མོ་ཁང་དུ་ཐང་ཀ་འབྲི་དགོས། བྲིས་རྫས་ཀྱི་སྤུས་ཚད་ལྟར་གླ་ཆ་སྤྲོད། ཚོན་རྩི་དང་རས་ཡུག་མཁོ་སྤྲོད་བྱེད།",
        ),
        "nimu-crafts",
        (800, 3000, WageUnit.PIECE),
        "office",
        False,
        True,
        LanguageRequired.TIBETAN,
        ContractType.OPEN_ENDED,
        SkillRequired.NONE,
        2,
    ),
    (
        "4-02-02-02",
        tr("货车驾驶员", "དངོས་ཟོག་སྐྱེལ་འདྲེན་རླངས་འཁོར་ཁ་ལོ་བ།"),
        tr("拉萨至周边县城配送，持B2驾驶证。", "ལྷ་ས་ནས་ཉེ་འཁོར་རྫོང་ཁུལ་དུ་སྐྱེལ་འདྲེན། B2 ཁ་ལོའི་ལག་ཁྱེར་ཡོད་པ།"),
        tr(
            "驾驶厢式货车配送生活物资，熟悉拉萨周边道路。",
            "སྒམ་ཅན་དངོས་ཟོག་འཁོར་ལོ་བཏང་ནས་འཚོ་བའི་དངོས་ཟོག་སྐྱེལ་འདྲེན་བྱེད། ལྷ་སའི་ཉེ་འཁོར་གྱི་ལམ་ལ་རྒྱུས་ཡོད་དགོས།",
        ),
        "duilong-logistics",
        (6500, 8500, WageUnit.MONTH),
        "day",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.OPEN_ENDED,
        SkillRequired.NONE,
        4,
    ),
    (
        "4-02-02-01",
        tr("旅游大巴驾驶员", "ཡུལ་སྐོར་རླངས་འཁོར་ཆེན་པོའི་ཁ་ལོ་བ།"),
        tr("旅游旺季接送游客，持A1驾驶证。", "ཡུལ་སྐོར་དུས་ཚིགས་སུ་ཡུལ་སྐོར་བ་སྐྱེལ་འདྲེན། A1 ཁ་ལོའི་ལག་ཁྱེར་ཡོད་པ།"),
        tr(
            "驾驶旅游大巴往返拉萨和景区，安全驾驶五年以上。",
            "ཡུལ་སྐོར་རླངས་འཁོར་ཆེན་པོ་བཏང་ནས་ལྷ་ས་དང་ལྟ་ཡུལ་བར་འགྲོ་འོང་བྱེད། ལོ་ལྔ་ལྷག་བདེ་འཇགས་ངང་ཁ་ལོ་བསྒྱུར་མྱོང་དགོས།",
        ),
        "holy-land-travel",
        (7000, 9000, WageUnit.MONTH),
        "season",
        True,
        True,
        LanguageRequired.BOTH,
        ContractType.SEASONAL,
        SkillRequired.NONE,
        2,
    ),
    (
        "4-03-02-01",
        tr("厨师", "ཟས་གཡོས་མཁན།"),
        tr(
            "会做川菜和藏餐，有厨师证优先。", "སི་ཁྲོན་ཟས་དང་བོད་ཟས་བཟོ་ཤེས་པ། ཟས་གཡོས་ལག་ཁྱེར་ཡོད་ན་སྔོན་འདེམས།"
        ),
        tr(
            "负责餐厅后厨的炒菜和备餐，注意食品卫生。",
            "ཟ་ཁང་གི་ཐབ་ཚང་དུ་ཚལ་བཙོ་བ་དང་ཟས་སྟ་གོན་བྱེད། ཟས་རིགས་གཙང་སྦྲ་ལ་དོ་སྣང་བྱེད་དགོས།",
        ),
        "namtso-hotel",
        (5000, 7000, WageUnit.MONTH),
        "shift",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.FIXED_TERM,
        SkillRequired.LEVEL_5,
        2,
    ),
    (
        "4-03-02-05",
        tr("餐厅服务员", "ཟ་ཁང་ཞབས་ཞུ་བ།"),
        tr(
            "点餐、上菜和收银，会说藏语和汉语。",
            "ཟས་ཐོ་ལེན་པ་དང་ཟས་འདྲེན་པ། དངུལ་ལེན་བཅས། བོད་སྐད་དང་རྒྱ་སྐད་ཤེས་པ།",
        ),
        tr(
            "接待客人、点餐上菜，保持餐厅整洁。",
            "མགྲོན་པོ་བསུ་བ་དང་ཟས་ཐོ་ལེན་པ། ཟས་འདྲེན་པ། ཟ་ཁང་གཙང་མ་ཉར་དགོས།",
        ),
        "namtso-hotel",
        (3200, 4000, WageUnit.MONTH),
        "shift",
        True,
        True,
        LanguageRequired.BOTH,
        ContractType.SEASONAL,
        SkillRequired.NONE,
        6,
    ),
    (
        "4-03-01-02",
        tr("酒店客房服务员", "མགྲོན་ཁང་གི་ཁང་མིག་ཞབས་ཞུ་བ།"),
        tr("客房清洁和布草更换。", "ཁང་མིག་གཙང་སེལ་དང་མལ་ཆས་བརྗེ་བ།"),
        tr(
            "负责客房打扫、布草更换和物品补充，提供岗前培训。",
            "ཁང་མིག་གཙང་སེལ་དང་མལ་ཆས་བརྗེ་བ། ཡོ་བྱད་ཁ་སྐོང་བཅས་བྱེད། ལས་ཀར་མ་ཞུགས་གོང་སྦྱོང་བརྡར་སྤྲོད།",
        ),
        "namtso-hotel",
        (3000, 3800, WageUnit.MONTH),
        "shift",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.SEASONAL,
        SkillRequired.NONE,
        8,
    ),
    (
        "4-07-05-01",
        tr("保安员", "བདེ་སྲུང་བ།"),
        tr("小区和商场值班巡逻。", "སྡོད་ཁུལ་དང་ཚོང་ཁང་གི་སོ་ཐོ་དང་ལྟ་སྐོར།"),
        tr(
            "负责门岗值守和巡逻，持保安员证优先，公司可代办证书。",
            "སྒོ་སྲུང་དང་ལྟ་སྐོར་བྱེད། བདེ་སྲུང་བའི་ལག་ཁྱེར་ཡོད་ན་སྔོན་འདེམས། ཀུང་སིས་ལག་ཁྱེར་ལེན་པར་རོགས་རམ་བྱེད།",
        ),
        "xueyu-construction",
        (3500, 4500, WageUnit.MONTH),
        "shift",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.OPEN_ENDED,
        SkillRequired.NONE,
        6,
    ),
    (
        "4-10-01-06",
        tr("家政服务员", "ཁྱིམ་ཚང་ཞབས་ཞུ་བ།"),
        tr("家庭保洁和做饭，时间灵活。", "ཁྱིམ་ཚང་གཙང་སེལ་དང་ཁ་ལག་བཟོ་བ། དུས་ཚོད་འགྱུར་བ་ཅན།"),
        tr(
            "上门做家庭保洁、洗衣和做饭，公司统一培训和派单。",
            "ཁྱིམ་ཚང་དུ་ཕྱིན་ནས་གཙང་སེལ་དང་གོས་འཁྲུ་བ། ཁ་ལག་བཟོ་བ་བཅས་བྱེད། ཀུང་སིས་སྦྱོང་བརྡར་དང་ལས་ཀ་མཐུན་སྒྲིག་བྱེད།",
        ),
        "jiahe-domestic",
        (150, 220, WageUnit.DAY),
        "office",
        False,
        False,
        LanguageRequired.EITHER,
        ContractType.PART_TIME,
        SkillRequired.NONE,
        10,
    ),
    (
        "4-10-01-05",
        tr("养老护理员", "རྒན་གསོ་ནད་གཡོག་པ།"),
        tr("照顾养老院老人的饮食起居。", "རྒན་གསོ་ཁང་གི་རྒན་པོའི་ཟ་འཐུང་དང་འཚོ་བར་ལྟ་རྟོག"),
        tr(
            "照顾老人饮食、清洁和活动，会说藏语者优先。",
            "རྒན་པོའི་ཟ་འཐུང་དང་གཙང་སྦྲ། འགུལ་སྐྱོད་བཅས་ལ་ལྟ་རྟོག་བྱེད། བོད་སྐད་ཤེས་ན་སྔོན་འདེམས་བྱེད།",
        ),
        "jiahe-domestic",
        (4000, 5000, WageUnit.MONTH),
        "shift",
        True,
        True,
        LanguageRequired.TIBETAN,
        ContractType.OPEN_ENDED,
        SkillRequired.LEVEL_5,
        4,
    ),
    (
        "4-07-04-01",
        tr("藏汉双语导游", "བོད་རྒྱ་སྐད་གཉིས་ཀྱི་ཡུལ་སྐོར་ལམ་སྟོན་པ།"),
        tr("带团游览拉萨，持导游证。", "ཚོགས་པ་ཁྲིད་ནས་ལྷ་སར་ཡུལ་སྐོར། ལམ་སྟོན་ལག་ཁྱེར་ཡོད་པ།"),
        tr(
            "用藏语和汉语为游客讲解景点历史和文化。",
            "བོད་སྐད་དང་རྒྱ་སྐད་ཐོག་ཡུལ་སྐོར་བར་ལྟ་ཡུལ་གྱི་ལོ་རྒྱུས་དང་རིག་གཞུང་འགྲེལ་བཤད་བྱེད།",
        ),
        "holy-land-travel",
        (5000, 9000, WageUnit.MONTH),
        "season",
        False,
        True,
        LanguageRequired.BOTH,
        ContractType.SEASONAL,
        SkillRequired.SPECIAL,
        5,
    ),
    (
        "4-02-07-08",
        tr("快递员", "མགྱོགས་སྐྱེལ་བ།"),
        tr("城区快递派送，公司提供电动车。", "གྲོང་ཁྱེར་ནང་མགྱོགས་སྐྱེལ་སྐྱེལ་འདྲེན། ཀུང་སིས་གློག་འཁོར་མཁོ་སྤྲོད།"),
        tr(
            "负责片区快递派送和揽收，多劳多得。",
            "ས་ཁུལ་གྱི་མགྱོགས་སྐྱེལ་སྐྱེལ་བ་དང་ལེན་པ་བྱེད། ལས་ཀ་མང་ན་གླ་ཆ་མང་།",
        ),
        "duilong-logistics",
        (5000, 8000, WageUnit.MONTH),
        "day",
        False,
        True,
        LanguageRequired.EITHER,
        ContractType.FIXED_TERM,
        SkillRequired.NONE,
        8,
    ),
    (
        "4-02-05-01",
        tr("装卸搬运工", "དངོས་ཟོག་འགེལ་འབེབས་སྤོ་འདྲེན་པ།"),
        tr("物流园区装卸货物，日结工资。", "རྒྱུན་འདྲེན་ཁུལ་དུ་དངོས་ཟོག་འགེལ་འབེབས། ཉིན་རེའི་གླ་ཆ་ཉིན་རེར་སྤྲོད།"),
        tr(
            "负责货车装卸和仓库搬运，身体健康能吃苦。",
            "དངོས་ཟོག་འཁོར་ལོ་འགེལ་འབེབས་དང་མཛོད་ཁང་གི་སྤོ་འདྲེན་བྱེད། ལུས་པོ་བདེ་ཞིང་དཀའ་ལས་ཁུར་ཐུབ་དགོས།",
        ),
        "duilong-logistics",
        (200, 260, WageUnit.DAY),
        "day",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.PART_TIME,
        SkillRequired.NONE,
        12,
    ),
    (
        "5-03-02-01",
        tr("牦牛养殖饲养员", "གཡག་གསོ་སྐྱོང་བ།"),
        tr("合作社牦牛饲养和防疫。", "མཉམ་ལས་ཁང་གི་གཡག་གསོ་སྐྱོང་དང་ནད་འགོག"),
        tr(
            "负责牦牛喂养、棚圈清理和配合防疫，有放牧经验者优先。",
            "གཡག་ལ་ལྕག་སྤྲོད་པ་དང་ར་བ་གཙང་སེལ། ནད་འགོག་ལ་མཉམ་འབྲེལ་བྱེད། ཕྱུགས་འཚོ་བའི་ཉམས་མྱོང་ཡོད་ན་སྔོན་འདེམས།",
        ),
        "linzhou-yak",
        (3500, 4500, WageUnit.MONTH),
        "day",
        True,
        True,
        LanguageRequired.TIBETAN,
        ContractType.OPEN_ENDED,
        SkillRequired.NONE,
        4,
    ),
    (
        "5-01-02-02",
        tr("温室大棚园艺工", "ཚ་ཁང་ལྡུམ་རའི་ལག་རྩལ་བ།"),
        tr("温室蔬菜种植和采摘。", "ཚ་ཁང་ནང་སྔོ་ཚལ་འདེབས་པ་དང་བསྡུ་བ།"),
        tr(
            "负责大棚蔬菜的育苗、浇水和采摘，园区提供技术指导。",
            "ཚ་ཁང་སྔོ་ཚལ་གྱི་ལྗང་མྱུག་གསོ་བ་དང་ཆུ་འདྲེན་པ། བསྡུ་བ་བཅས་བྱེད། ཁུལ་ནས་ལག་རྩལ་མཛུབ་སྟོན་བྱེད།",
        ),
        "qushui-farm",
        (120, 160, WageUnit.DAY),
        "season",
        False,
        True,
        LanguageRequired.EITHER,
        ContractType.SEASONAL,
        SkillRequired.NONE,
        15,
    ),
    (
        "6-09-03-09",
        tr("卡垫编织工", "ཁ་གདན་འཐག་མཁན།"),
        tr("手工编织藏式卡垫，按件计酬。", "ལག་བཟོའི་བོད་ལུགས་ཁ་གདན་འཐག་པ། གྲངས་ལྟར་གླ་ཆ་སྤྲོད།"),
        tr(
            "在工坊手工编织卡垫，新手可先学习一个月。",
            "ལས་ཁང་དུ་ལག་བཟོའི་ཁ་གདན་འཐག་དགོས། ལས་གསར་པས་ཟླ་བ་གཅིག་སྔོན་ལ་སློབ་ཆོག",
        ),
        "nimu-crafts",
        (150, 300, WageUnit.PIECE),
        "office",
        True,
        True,
        LanguageRequired.TIBETAN,
        ContractType.OPEN_ENDED,
        SkillRequired.NONE,
        6,
    ),
    (
        "4-12-01-01",
        tr("汽车维修工", "རླངས་འཁོར་ཉམས་གསོ་བ།"),
        tr("修理厂汽车保养和维修。", "ཉམས་གསོ་ཁང་དུ་རླངས་འཁོར་འཚོ་སྐྱོང་དང་ཉམས་གསོ།"),
        tr(
            "负责车辆保养、轮胎更换和常见故障维修。",
            "འཁོར་ལོའི་འཚོ་སྐྱོང་དང་འཁོར་ལོ་བརྗེ་བ། སྐྱོན་རྒྱུན་མཐོང་ཉམས་གསོ་བཅས་བྱེད།",
        ),
        "duilong-logistics",
        (4500, 6500, WageUnit.MONTH),
        "day",
        True,
        False,
        LanguageRequired.EITHER,
        ContractType.FIXED_TERM,
        SkillRequired.LEVEL_5,
        3,
    ),
    (
        "6-30-05-05",
        tr("挖掘机司机", "ས་རྐོ་འཕྲུལ་འཁོར་ཁ་ལོ་བ།"),
        tr("道路工程挖掘机操作，持操作证。", "ལམ་བཟོའི་ས་རྐོ་འཕྲུལ་འཁོར་བཀོལ་སྤྱོད། བཀོལ་སྤྱོད་ལག་ཁྱེར་ཡོད་པ།"),
        tr(
            "操作挖掘机进行土方作业，两年以上经验。",
            "ས་རྐོ་འཕྲུལ་འཁོར་བཀོལ་ནས་ས་རྐོ་འདྲེན་གྱི་ལས་ཀ་བྱེད། ལོ་གཉིས་ལྷག་གི་ཉམས་མྱོང་དགོས།",
        ),
        "zhufeng-construction",
        (9000, 12000, WageUnit.MONTH),
        "season",
        True,
        True,
        LanguageRequired.EITHER,
        ContractType.PROJECT,
        SkillRequired.SPECIAL,
        2,
    ),
]

# Where each kind is posted, in turn; electricians in the places the browser test walks through.
PLACES = [
    "chengguan",
    "duilongdeqing",
    "dazi",
    "linzhou",
    "dangxiong",
    "nimu",
    "qushui",
    "mozhugongka",
    "tibet",
    "outside",
]
ELECTRICIAN_PLACES = ["dazi", "chengguan", "outside", "dazi", "tibet", "nimu"]
POSTINGS_PER_KIND = 3
EXPIRED_EVERY = 11  # every 11th posting closed a few days ago
AWAITING_REVIEW = [  # (kind number, place): submitted by employers, not yet reviewed
    (0, "qushui"),
    (8, "dangxiong"),
    (14, "chengguan"),
    (19, "linzhou"),
]


def demo_credit_code(number):
    """A unified social credit code with valid check characters: a company (91) registered in
    Lhasa (540100), organisation code MA6T + four digits."""
    organisation = f"MA6T{number:04d}"
    code17 = f"91540100{organisation}{organisation_check_character(organisation)}"
    return code17 + check_character(code17)


def load(demo):
    """The job index, the employers and the postings."""
    index = demo.page(
        demo.pages["home"],
        JobIndexPage,
        INDEX["key"],
        title=INDEX["title"],
        summary=INDEX["summary"],
        intro=rich_text(INDEX["intro"]),
    )
    employers = load_employers()
    occupations = Occupation.objects.in_bulk([kind[0] for kind in KINDS], field_name="code")
    missing = [kind[0] for kind in KINDS if kind[0] not in occupations]
    if missing:
        raise CommandError(f"The demo jobs name unknown occupations: {', '.join(missing)}")
    townships = townships_by_area()
    today = lhasa_today()
    now = timezone.now()
    number = 0
    for kind_number, kind in enumerate(KINDS):
        places = (
            ELECTRICIAN_PLACES
            if kind_number == 0
            else [
                PLACES[(kind_number * POSTINGS_PER_KIND + n) % len(PLACES)]
                for n in range(POSTINGS_PER_KIND)
            ]
        )
        for place_number, area in enumerate(places):
            number += 1
            expired = number % EXPIRED_EVERY == 0
            closing = (
                today - timedelta(days=number % 5 + 1)
                if expired
                else today + timedelta(days=14 + number % 46)
            )
            job = demo.page(
                index,
                JobPage,
                f"job-{kind_number + 1:02d}-{place_number + 1}",
                **job_fields(kind, employers, occupations, townships[area], place_number, closing),
            )
            if job.first_published_at and job.first_published_at > now - timedelta(days=1):
                posted = now - timedelta(days=number % 25, hours=number)
                JobPage.objects.filter(translation_key=job.translation_key).update(
                    first_published_at=posted
                )
    for kind_number, area in AWAITING_REVIEW:
        add_awaiting_review(
            index, KINDS[kind_number], employers, occupations, townships[area], today
        )
    return index


def job_fields(kind, employers, occupations, townships, place_number, closing):
    (
        code,
        title,
        summary,
        duty,
        employer,
        wage,
        hours,
        rooms,
        meals,
        language,
        contract,
        skill,
        wanted,
    ) = kind
    wage_min, wage_max, unit = wage
    return {
        "title": title,
        "summary": summary,
        "employer": employers[employer],
        "occupation": occupations[code],
        "skill_required": skill,
        "headcount": wanted,
        "wage_min": wage_min,
        "wage_max": wage_max,
        "wage_unit": unit,
        "township": townships[place_number % len(townships)],
        "accommodation": rooms,
        "meals": meals,
        "language_required": language,
        "working_hours": HOURS[hours],
        "contract_type": contract,
        "start_date": closing + timedelta(days=7),
        "closing_date": closing,
        "description": rich_text([duty, SHARED_DESCRIPTION]),
        "how_to_apply": rich_text(HOW_TO_APPLY),
    }


def add_awaiting_review(index, kind, employers, occupations, townships, today):
    """A posting as the employer form leaves it: a draft with one revision, in review."""
    fields = job_fields(kind, employers, occupations, townships, 1, today + timedelta(days=30))
    slug = f"review-{kind[0]}-{townships[0].code}"
    if index.get_children().filter(slug=slug).exists():
        return
    job = JobPage(slug=slug, live=False, locale=index.locale, **fields)
    index.add_child(instance=job)
    job.save_revision()
    workflow = job.get_workflow()
    if workflow is not None:
        workflow.start(job, user=None)


def load_employers():
    employers = {}
    for number, (key, (name, name_bo, area, contact, phone, verified)) in enumerate(
        EMPLOYERS.items(), start=1
    ):
        township = Township.objects.filter(area__code=area).first()
        employers[key], _ = Employer.objects.get_or_create(
            credit_code=demo_credit_code(number),
            defaults={
                "name": name,
                "name_bo": name_bo,
                "contact_person": contact,
                "phone": phone,
                "township": township,
                "address": f"{township.area.name_zh}{township.name_zh}",
                "verified": verified,
            },
        )
    return employers


def townships_by_area():
    townships = {}
    for township in Township.objects.select_related("area"):
        townships.setdefault(township.area.code, []).append(township)
    missing = [area for area in PLACES if area not in townships]
    if missing:
        raise CommandError(f"No townships in: {', '.join(missing)} (run migrate)")
    return townships

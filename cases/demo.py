"""The demo content of the cases app: six case studies (clause 4.4.2(4)) from five counties and
districts, covering the groups of clause 5.2(5). See portal/demo.py for how demo content is
built and translated.

Every person is invented and named as such (化名); the figures are plausible, not real. The
photos are simple drawings made here with Pillow and say so in their alternative text (示意图).

Story blocks are written as tuples:
    ("paragraph", text)
    ("quote", text)
    ("image", drawing, alt text, caption)
Support items as ("policy" | "page", demo page key, note) or ("other", text).
"""

import io
import math

from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page

from cases.models import CaseIndexPage, CasePage, CasePhoto
from policies.models import PolicyPage
from portal.demo import block, rich_text, tr
from portal.models import TargetGroup

INDEX = {
    "key": "cases",
    "title": tr(
        "返乡就业创业案例",
        "ཕ་ཡུལ་དུ་ལོག་ནས་ལས་ཞུགས་དང་ལས་གཞི་གསར་འཛུགས་བྱས་པའི་དཔེ་མཚོན།",
    ),
    "summary": tr(
        "根据拉萨各区县返乡农民工就业创业的常见经历编写的案例，人名均为化名。",
        "ལྷ་སའི་ཆུས་རྫོང་སོ་སོའི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པས་ལས་ཞུགས་དང་ལས་གཞི་གསར་འཛུགས་"
        "བྱས་པའི་ཉམས་མྱོང་རྒྱུན་མཐོང་ལ་གཞིགས་ནས་བྲིས་པའི་དཔེ་མཚོན་ཡིན། མི་མིང་ཚང་མ་མིང་བརྫུས་ཡིན།",
    ),
    "intro": [
        tr(
            "每个案例写明在哪个区县、做什么行业、得到了哪些政策和服务的帮助，以及收入和带动就业的"
            "变化。可以按区县、行业、结果和人群筛选。",
            "དཔེ་མཚོན་རེ་རེའི་ནང་ཆུས་རྫོང་གང་དུ་ཡིན་པ་དང་། ཐོན་ལས་གང་བྱེད་པ། སྲིད་ཇུས་དང་ཞབས་ཞུ་གང་གི་"
            "རོགས་རམ་ཐོབ་པ། ཡོང་འབབ་དང་ལས་ཞུགས་ཀྱི་འགྱུར་ལྡོག་བཅས་གསལ་པོར་བྲིས་ཡོད། ཆུས་རྫོང་དང་། "
            "ཐོན་ལས། མཇུག་འབྲས། མི་ཚོགས་བཅས་ལྟར་གདམ་གསེས་བྱེད་ཆོག",
        ),
        tr(
            "想走同样的路？到附近的服务站预约职业指导人员，或拨打12333。",
            "ལམ་དེ་འདྲ་འགྲོ་འདོད་ན། ཉེ་འཁོར་གྱི་ཞབས་ཞུ་ས་ཚིགས་སུ་ལས་རིགས་མཛུབ་སྟོན་མི་སྣའི་དུས་ཚོད་"
            "སྔོན་འཁེལ་བྱེད་པའམ། 12333 ལ་ཁ་པར་གཏོང་།",
        ),
    ],
}

# The guide page a policy link falls back to when the policy library is not loaded.
POLICY_FALLBACK = "policy-guide"

# Notes used by more than one case.
NEARBY_JOBS = tr("就近岗位推荐", "ཉེ་འཁོར་གྱི་ལས་གནས་འོས་སྦྱོར།")

CASES = [
    {
        "key": "case-drolma-weaving",
        "title": tr(
            "卓玛：把家传的氆氇手艺做成合作社",
            "སྒྲོལ་མ། ཕ་མེས་ནས་བརྒྱུད་པའི་སྣམ་བུ་འཐག་པའི་ལག་རྩལ་མཉམ་ལས་ཁང་དུ་བསྒྱུར་བ།",
        ),
        "person": tr("卓玛（化名）", "སྒྲོལ་མ།（མིང་བརྫུས།）"),
        "summary": tr(
            "在成都餐馆打工八年后回到林周县，和村里十一位妇女办起氆氇编织合作社。",
            "ཁྲེང་ཏུའུ་རུ་ཟ་ཁང་ནང་ལོ་བརྒྱད་གླ་ལས་བྱས་རྗེས་ལྷུན་གྲུབ་རྫོང་དུ་ལོག་སྟེ། གྲོང་ཚོའི་བུད་མེད་"
            "བཅུ་གཅིག་དང་མཉམ་དུ་སྣམ་བུ་འཐག་པའི་མཉམ་ལས་ཁང་ཞིག་བཙུགས།",
        ),
        "district": "linzhou",
        "industry": "crafts",
        "outcome": "cooperative",
        "groups": ["women", "long_term_returnees", "ethnic_minorities"],
        "lesson": tr(
            "先接小订单练好质量，再扩大规模；合作社的账目每月公开，大家才放心。",
            "སྔོན་ལ་བཀོད་འདོམས་ཆུང་ངུ་བླངས་ནས་སྤུས་ཚད་ལེགས་པོ་བཟོས་རྗེས་ཁྱབ་ཁོངས་རྒྱ་བསྐྱེད་དགོས། "
            "མཉམ་ལས་ཁང་གི་རྩིས་ཁྲ་ཟླ་རེར་གསལ་བསྒྲགས་བྱས་ན་ཚང་མའི་བློ་བདེ།",
        ),
        "story": [
            (
                "paragraph",
                tr(
                    "卓玛在成都一家餐馆做了八年服务员。2022年母亲生病，她回到林周县照顾家里，"
                    "一时找不到工作。",
                    "སྒྲོལ་མས་ཁྲེང་ཏུའུ་རུ་ཟ་ཁང་ཞིག་ནང་ལོ་བརྒྱད་རིང་ཞབས་ཞུ་བ་བྱས། 2022ལོར་ཨ་མ་ན་བས་"
                    "ཁོ་མོ་ལྷུན་གྲུབ་རྫོང་དུ་ལོག་སྟེ་ཁྱིམ་ཚང་ལ་ལྟ་རྟོག་བྱས་པ་དང་། སྐབས་དེར་ལས་ཀ་རྙེད་མ་སོང་།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "在乡镇服务站，职业指导人员发现她会织氆氇，建议她参加县里的民族手工艺培训，"
                    "又帮她了解了妇女创业担保贷款。",
                    "གྲོང་རྡལ་གྱི་ཞབས་ཞུ་ས་ཚིགས་སུ། ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་ཁོ་མོས་སྣམ་བུ་འཐག་ཤེས་པ་"
                    "རྟོགས་ནས། རྫོང་གི་མི་རིགས་ལག་ཤེས་སྦྱོང་བརྡར་ལ་ཞུགས་རྒྱུའི་བསམ་འཆར་བཏོན་པ་དང་། "
                    "བུད་མེད་ལས་གཞི་གསར་འཛུགས་འགན་ལེན་དངུལ་བུན་ཡང་ཤེས་རྟོགས་བྱེད་པར་རོགས་རམ་བྱས།",
                ),
            ),
            (
                "quote",
                tr(
                    "以前在外面打工是给别人干，现在是带着姐妹们一起干。",
                    "སྔོན་ཆད་ཕྱི་ལ་གླ་ལས་བྱེད་དུས་གཞན་ལ་ལས་ཀ་བྱེད་ཀྱི་ཡོད། ད་ལྟ་སྲིང་མོ་ཚོ་ཁྲིད་ནས་མཉམ་དུ་ལས་ཀ་བྱེད་ཀྱི་ཡོད།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "培训结束后，她和村里十一位妇女成立了编织合作社，在网上和拉萨的商店销售围裙、"
                    "坐垫和挎包。",
                    "སྦྱོང་བརྡར་མཇུག་རྫོགས་རྗེས། ཁོ་མོས་གྲོང་ཚོའི་བུད་མེད་བཅུ་གཅིག་དང་མཉམ་དུ་འཐག་ལས་"
                    "མཉམ་ལས་ཁང་བཙུགས་ཏེ། པང་གདན་དང་། གདན། ཕྲག་ཁུག་བཅས་དྲ་ཐོག་དང་ལྷ་སའི་ཚོང་ཁང་དུ་"
                    "བཙོང་གི་ཡོད།",
                ),
            ),
            (
                "image",
                "apron",
                tr(
                    "示意图：挂在绳上的三条彩色条纹围裙",
                    "རི་མོ། ཐག་པའི་སྟེང་དུ་བཀལ་བའི་ཚོན་མདོག་ཅན་གྱི་པང་གདན་གསུམ།",
                ),
                tr("合作社织的邦典围裙（示意图）", "མཉམ་ལས་ཁང་གིས་འཐག་པའི་པང་གདན།（རི་མོ།）"),
            ),
        ],
        "figures": {
            "jobs_created": 12,
            "income_before": 1800,
            "income_after": 4200,
            "investment": 80000,
        },
        "support": [
            (
                "policy",
                "tibet-guaranteed-loans",
                tr(
                    "妇女创业担保贷款5万元，财政贴息",
                    "བུད་མེད་ལས་གཞི་གསར་འཛུགས་འགན་ལེན་དངུལ་བུན་སྒོར་ཁྲི་5 དང་། སྐྱེད་ཀ་གཞུང་གིས་འཁུར།",
                ),
            ),
            (
                "policy",
                "lhasa-women-skills-subsidy",
                tr(
                    "县民族手工艺培训，20天，免费",
                    "རྫོང་གི་མི་རིགས་ལག་ཤེས་སྦྱོང་བརྡར། ཉིན་20། རིན་མེད།",
                ),
            ),
            (
                "other",
                tr(
                    "村委会提供的闲置房屋用作织房",
                    "གྲོང་ཚོའི་ཨུ་ཡོན་ལྷན་ཁང་གིས་སྤྲད་པའི་ཁང་པ་སྟོང་པ་འཐག་ཁང་དུ་བེད་སྤྱོད་བྱས།",
                ),
            ),
        ],
        "photo": (
            "loom",
            tr(
                "示意图：织机上正在织的彩色条纹氆氇，远处是雪山",
                "རི་མོ། འཐག་ཁྲིའི་སྟེང་དུ་འཐག་བཞིན་པའི་ཚོན་མདོག་ཅན་གྱི་སྣམ་བུ། ཐག་རིང་དུ་གངས་རི།",
            ),
            tr("合作社的织房（示意图）", "མཉམ་ལས་ཁང་གི་འཐག་ཁང་།（རི་མོ།）"),
        ),
    },
    {
        "key": "case-tashi-delivery",
        "title": tr(
            "扎西：在家门口开起快递驿站",
            "བཀྲ་ཤིས། ཁྱིམ་སྒོ་འགྲམ་དུ་མྱུར་སྐྱེལ་ས་ཚིགས་ཤིག་ཕྱེ་བ།",
        ),
        "person": tr("扎西（化名）", "བཀྲ་ཤིས།（མིང་བརྫུས།）"),
        "summary": tr(
            "二十四岁的扎西在外省做过两年快递员，回到林周县后开了村里第一个快递驿站，"
            "还负责周边三个村的配送。",
            "ལོ་ན་ཉེར་བཞི་ལོན་པའི་བཀྲ་ཤིས་ཞིང་ཆེན་གཞན་དུ་ལོ་གཉིས་རིང་མྱུར་སྐྱེལ་བ་བྱས་ཤིང་། "
            "ལྷུན་གྲུབ་རྫོང་དུ་ལོག་རྗེས་གྲོང་ཚོའི་མྱུར་སྐྱེལ་ས་ཚིགས་དང་པོ་ཕྱེ་བ་མ་ཟད། ཉེ་འཁོར་གྱི་"
            "གྲོང་ཚོ་གསུམ་གྱི་སྐྱེལ་འདྲེན་ཡང་འགན་ཁུར་གྱི་ཡོད།",
        ),
        "district": "linzhou",
        "industry": "transport",
        "outcome": "business",
        "groups": ["youth", "ethnic_minorities"],
        "lesson": tr(
            "先算清每天的件数和成本再投入；和快递公司签合同前，请职业指导人员帮忙看条款。",
            "མ་དངུལ་མ་བཏང་གོང་ཉིན་རེའི་ཐུམ་སྒྲིལ་གྲངས་དང་གྲོན་དངུལ་གསལ་པོར་རྩིས་དགོས། མྱུར་སྐྱེལ་"
            "ཀུང་སིའི་ཆིངས་ཡིག་ལ་མིང་རྟགས་མ་བཀོད་གོང་ལས་རིགས་མཛུབ་སྟོན་མི་སྣར་དོན་ཚན་ལ་ལྟ་རོགས་ཞུ།",
        ),
        "story": [
            (
                "paragraph",
                tr(
                    "扎西中学毕业后在四川做了两年快递员，熟悉了分拣和派送。",
                    "བཀྲ་ཤིས་ཀྱིས་སློབ་འབྲིང་མཐར་ཕྱིན་རྗེས་སི་ཁྲོན་དུ་ལོ་གཉིས་རིང་མྱུར་སྐྱེལ་བ་བྱས་ནས། "
                    "དབྱེ་སྒྲིག་དང་སྐྱེལ་འདྲེན་གྱི་ལས་ཀར་བྱང་ཆུབ་བྱུང་།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "回乡后，他发现村里人网购的包裹要到镇上去取，来回要一个多小时。",
                    "ཕ་ཡུལ་དུ་ལོག་རྗེས། གྲོང་མི་ཚོས་དྲ་ཐོག་ནས་ཉོས་པའི་ཐུམ་སྒྲིལ་ལེན་པར་གྲོང་རྡལ་དུ་འགྲོ་"
                    "དགོས་པ་དང་། འགྲོ་འོང་ལ་ཆུ་ཚོད་གཅིག་ལྷག་དགོས་པ་ཤེས་བྱུང་།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "服务站帮他做了创业项目可行性评估，修改了创业计划书，并对接了创业担保贷款和"
                    "一处村集体的门面房。",
                    "ཞབས་ཞུ་ས་ཚིགས་ཀྱིས་ཁོང་གི་ལས་གཞི་གསར་འཛུགས་རྣམ་གྲངས་བསྒྲུབ་ཐུབ་མིན་ལ་དཔྱད་པ་དང་། "
                    "ལས་གཞི་གསར་འཛུགས་ཀྱི་འཆར་ཟིན་བཟོ་བཅོས་བྱས། ལས་གཞི་གསར་འཛུགས་འགན་ལེན་དངུལ་བུན་དང་"
                    "གྲོང་ཚོའི་མཉམ་སྤྱོད་ཚོང་ཁང་ཞིག་དང་མཐུད་སྦྲེལ་ཡང་བྱས།",
                ),
            ),
            (
                "quote",
                tr(
                    "现在村里的老人不用跑镇上了，我也在家门口有了收入。",
                    "ད་ལྟ་གྲོང་ཚོའི་རྒན་པོ་ཚོ་གྲོང་རྡལ་དུ་འགྲོ་མི་དགོས། ང་ལ་ཡང་ཁྱིམ་སྒོ་འགྲམ་དུ་ཡོང་འབབ་བྱུང་།",
                ),
            ),
        ],
        "figures": {
            "jobs_created": 3,
            "income_before": 3500,
            "income_after": 6000,
            "investment": 60000,
        },
        "support": [
            (
                "policy",
                "tibet-guaranteed-loans",
                tr("创业担保贷款6万元", "ལས་གཞི་གསར་འཛུགས་འགན་ལེན་དངུལ་བུན་སྒོར་ཁྲི་6"),
            ),
            (
                "page",
                "service-content",
                tr("创业计划书指导", "ལས་གཞི་གསར་འཛུགས་འཆར་ཟིན་གྱི་མཛུབ་སྟོན།"),
            ),
            (
                "other",
                tr(
                    "村集体门面房，头一年免租金",
                    "གྲོང་ཚོའི་མཉམ་སྤྱོད་ཚོང་ཁང་། ལོ་དང་པོར་ཁང་གླ་མི་དགོས།",
                ),
            ),
        ],
        "photo": (
            "truck",
            tr(
                "示意图：一辆装满包裹的小货车停在村里的快递驿站前",
                "རི་མོ། ཐུམ་སྒྲིལ་གྱིས་ཁེངས་པའི་སྣུམ་འཁོར་ཆུང་ངུ་ཞིག་གྲོང་ཚོའི་མྱུར་སྐྱེལ་ས་ཚིགས་ཀྱི་མདུན་དུ་བཞག་ཡོད།",
            ),
            tr("扎西的快递驿站（示意图）", "བཀྲ་ཤིས་ཀྱི་མྱུར་སྐྱེལ་ས་ཚིགས།（རི་མོ།）"),
        ),
    },
    {
        "key": "case-tsering-construction",
        "title": tr(
            "次仁：十二年工地经验，回乡当上施工班组长",
            "ཚེ་རིང་། ལོ་བཅུ་གཉིས་ཀྱི་ལས་ཡུལ་ཉམས་མྱོང་ལ་བརྟེན་ནས་ཕ་ཡུལ་དུ་འཛུགས་སྐྲུན་ལས་ཚན་གྱི་འགོ་པ་བྱས་པ།",
        ),
        "person": tr("次仁（化名）", "ཚེ་རིང་།（མིང་བརྫུས།）"),
        "summary": tr(
            "在外地建筑工地干了十二年，考取钢筋工职业技能等级证书后，回到达孜区一家建筑公司"
            "当班组长。",
            "ཕྱི་ལུང་གི་འཛུགས་སྐྲུན་ལས་ཡུལ་དུ་ལོ་བཅུ་གཉིས་ལས་ཀ་བྱས་ཤིང་། ལྕགས་སྡོང་སྒྲིག་མཁན་གྱི་"
            "ལས་རིགས་ལག་རྩལ་རིམ་པའི་ལག་ཁྱེར་ལེན་རྗེས། སྟག་རྩེ་ཆུས་ཀྱི་འཛུགས་སྐྲུན་ཀུང་སི་ཞིག་ཏུ་"
            "ལས་ཚན་འགོ་པ་བྱས།",
        ),
        "district": "dazi",
        "industry": "construction",
        "outcome": "employed",
        "groups": ["long_term_returnees", "ethnic_minorities"],
        "lesson": tr(
            "多年的手艺要有证书才算数：先考证，再找工作，工资能高一截。",
            "ལོ་མང་པོའི་ལག་རྩལ་ལ་ལག་ཁྱེར་ཡོད་ན་ད་གཟོད་ཁུངས་ལ་འཁེལ། སྔོན་ལ་ལག་ཁྱེར་ལེན་ནས་ལས་ཀ་"
            "འཚོལ་ན་གླ་ཕོགས་མཐོ་རུ་འགྲོ།",
        ),
        "story": [
            (
                "paragraph",
                tr(
                    "次仁十九岁离家，在青海和四川的建筑工地干了十二年。手艺好却没有任何证书，"
                    "工资一直按小工算。",
                    "ཚེ་རིང་ལོ་ན་བཅུ་དགུ་ལ་ཁྱིམ་ནས་ཐོན་ཏེ། མཚོ་སྔོན་དང་སི་ཁྲོན་གྱི་འཛུགས་སྐྲུན་ལས་ཡུལ་དུ་"
                    "ལོ་བཅུ་གཉིས་ལས་ཀ་བྱས། ལག་རྩལ་ཡག་ཀྱང་ལག་ཁྱེར་གང་ཡང་མེད་པས། གླ་ཕོགས་རྟག་ཏུ་"
                    "རོགས་རམ་ལས་མིའི་ཚད་ལྟར་རྩིས་ཀྱི་ཡོད།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "回到达孜区后，他在服务站做了职业能力测评。测评显示他识图和带班的能力都不错，"
                    "职业指导人员建议他先考钢筋工证书。",
                    "སྟག་རྩེ་ཆུས་སུ་ལོག་རྗེས། ཁོང་གིས་ཞབས་ཞུ་ས་ཚིགས་སུ་ལས་རིགས་ནུས་པའི་ཚད་འཇལ་བྱས། "
                    "ཚད་འཇལ་ལྟར་ན་ཁོང་གི་དཔེ་རིས་ཀློག་པ་དང་ལས་ཚན་ཁྲིད་པའི་ནུས་པ་ཡག་པོ་ཡོད་པས། ལས་རིགས་"
                    "མཛུབ་སྟོན་མི་སྣས་སྔོན་ལ་ལྕགས་སྡོང་སྒྲིག་མཁན་གྱི་ལག་ཁྱེར་ལེན་རྒྱུའི་བསམ་འཆར་བཏོན།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "培训和考试用了两个月。拿到证书后，服务站把他推荐给本区一家建筑公司，"
                    "离家只有二十分钟车程。",
                    "སྦྱོང་བརྡར་དང་རྒྱུགས་ལེན་ལ་ཟླ་བ་གཉིས་བཏང་། ལག་ཁྱེར་ཐོབ་རྗེས་ཞབས་ཞུ་ས་ཚིགས་ཀྱིས་ཁོང་"
                    "ཆུས་འདིའི་འཛུགས་སྐྲུན་ཀུང་སི་ཞིག་ལ་འོས་སྦྱོར་བྱས། ཁྱིམ་ནས་རླངས་འཁོར་ཐོག་སྐར་མ་ཉི་ཤུ་ཙམ་"
                    "ལས་མི་རིང་།",
                ),
            ),
            (
                "image",
                "house",
                tr(
                    "示意图：刚建好的两层藏式楼房，窗框涂成黑色",
                    "རི་མོ། གསར་དུ་བརྩིགས་པའི་བོད་ལུགས་ཐོག་གཉིས་མའི་ཁང་པ། སྒེའུ་ཁུང་གི་མཐའ་ནག་པོ།",
                ),
                tr("次仁的班组建成的住房（示意图）", "ཚེ་རིང་གི་ལས་ཚན་གྱིས་བརྩིགས་པའི་སྡོད་ཁང་།（རི་མོ།）"),
            ),
            (
                "quote",
                tr(
                    "在外面漂了十二年，没想到回家反而当上了班长。",
                    "ཕྱི་ལ་ལོ་བཅུ་གཉིས་འཁྱམས་ཀྱང་། ཁྱིམ་དུ་ལོག་རྗེས་ལས་ཚན་འགོ་པ་བྱེད་རྒྱུ་བསམ་མེད།",
                ),
            ),
        ],
        "figures": {"income_before": 4500, "income_after": 7500},
        "support": [
            ("page", "assessment-guide", tr("职业能力测评", "ལས་རིགས་ནུས་པའི་ཚད་འཇལ།")),
            (
                "policy",
                "tibet-transfer-skills-subsidy",
                tr(
                    "钢筋工培训和考证补贴",
                    "ལྕགས་སྡོང་སྒྲིག་མཁན་གྱི་སྦྱོང་བརྡར་དང་ལག་ཁྱེར་ལེན་པའི་ཕན་སྐྱོར།",
                ),
            ),
            ("page", "job-seeking", NEARBY_JOBS),
        ],
        "photo": (
            "crane",
            tr(
                "示意图：工地上的塔吊和盖到一半的楼房，远处是雪山",
                "རི་མོ། ལས་ཡུལ་གྱི་འཕྲུལ་ཆས་སྒྲེང་སྐྱེལ་དང་ཕྱེད་ཀ་བརྩིགས་པའི་ཁང་པ། ཐག་རིང་དུ་གངས་རི།",
            ),
            tr("达孜区的建筑工地（示意图）", "སྟག་རྩེ་ཆུས་ཀྱི་འཛུགས་སྐྲུན་ལས་ཡུལ།（རི་མོ།）"),
        ),
    },
    {
        "key": "case-yangchen-online-shop",
        "title": tr(
            "央金：用手机直播卖家乡的奶渣",
            "དབྱངས་ཅན། ཁ་པར་ཐད་གཏོང་བརྒྱུད་ནས་ཕ་ཡུལ་གྱི་ཕྱུར་བ་བཙོང་བ།",
        ),
        "person": tr("央金（化名）", "དབྱངས་ཅན།（མིང་བརྫུས།）"),
        "summary": tr(
            "二十二岁的央金在深圳电子厂打工三年，回到拉萨后参加电商培训，在网上卖牧区的奶渣"
            "和酥油。",
            "ལོ་ན་ཉེར་གཉིས་ལོན་པའི་དབྱངས་ཅན་གྱིས་ཧྲིན་ཀྲེན་གྱི་གློག་རྡུལ་བཟོ་གྲྭར་ལོ་གསུམ་གླ་ལས་བྱས། "
            "ལྷ་སར་ལོག་རྗེས་དྲ་ཐོག་ཚོང་ལས་ཀྱི་སྦྱོང་བརྡར་ལ་ཞུགས་ནས། འབྲོག་ཁུལ་གྱི་ཕྱུར་བ་དང་མར་"
            "དྲ་ཐོག་ནས་བཙོང་གི་ཡོད།",
        ),
        "district": "chengguan",
        "industry": "retail",
        "outcome": "business",
        "groups": ["women", "youth", "ethnic_minorities"],
        "lesson": tr(
            "网上卖货靠回头客：包装干净、说明写清楚、发货准时，比打折更管用。",
            "དྲ་ཐོག་ཚོང་ལས་ནི་ཉོ་མཁན་ཡང་བསྐྱར་ཡོང་བར་བརྟེན་དགོས། ཐུམ་སྒྲིལ་གཙང་མ་དང་། གསལ་བཤད་"
            "གསལ་པོ། དུས་ཐོག་ཏུ་སྐྱེལ་བ་བཅས་ནི་གོང་ཆག་ལས་ཕན་ནུས་ཆེ།",
        ),
        "story": [
            (
                "paragraph",
                tr(
                    "央金高中毕业后去深圳一家电子厂做流水线工人，三年里每天工作十个小时。",
                    "དབྱངས་ཅན་གྱིས་སློབ་འབྲིང་མཐོ་རིམ་མཐར་ཕྱིན་རྗེས་ཧྲིན་ཀྲེན་གྱི་གློག་རྡུལ་བཟོ་གྲྭ་ཞིག་ཏུ་"
                    "བཟོ་རིམ་ལས་མི་བྱས་ཏེ། ལོ་གསུམ་རིང་ཉིན་རེར་ཆུ་ཚོད་བཅུ་ལས་ཀ་བྱས།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "回到拉萨后，她在服务站参加了三十天的电商培训，学会了拍照、写商品说明和直播。",
                    "ལྷ་སར་ལོག་རྗེས། ཁོ་མོ་ཞབས་ཞུ་ས་ཚིགས་ཀྱི་ཉིན་སུམ་ཅུའི་དྲ་ཐོག་ཚོང་ལས་སྦྱོང་བརྡར་ལ་"
                    "ཞུགས་ནས། པར་ལེན་པ་དང་། ཚོང་ཟོག་གི་གསལ་བཤད་འབྲི་བ། ཐད་གཏོང་བྱེད་སྟངས་བཅས་"
                    "སློབ་སྦྱོང་བྱས།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "她从当雄的牧民合作社进货，在网上卖奶渣和酥油，旺季一个月能发出八百多单。",
                    "ཁོ་མོས་འདམ་གཞུང་གི་འབྲོག་པའི་མཉམ་ལས་ཁང་ནས་ཚོང་ཟོག་ཉོས་ཏེ། ཕྱུར་བ་དང་མར་དྲ་ཐོག་ནས་"
                    "བཙོང་བས། ཚོང་དུས་ཐོག་ཟླ་བ་གཅིག་ལ་ཉོ་ཐོ་བརྒྱད་བརྒྱ་ལྷག་སྐྱེལ་ཐུབ།",
                ),
            ),
            (
                "quote",
                tr(
                    "我在镜头前说藏语，也说汉语，买家说这样听着亲切。",
                    "ངས་བརྙན་ཆས་ཀྱི་མདུན་དུ་བོད་སྐད་དང་རྒྱ་སྐད་གཉིས་ཀ་བཤད་པས། ཉོ་མཁན་ཚོས་ཉན་ན་སེམས་ལ་ཉེ་པོ་འདུག་ཟེར།",
                ),
            ),
        ],
        "figures": {
            "jobs_created": 2,
            "income_before": 3800,
            "income_after": 5500,
            "investment": 20000,
        },
        "support": [
            (
                "page",
                "training-guide",
                tr("30天电商培训，免费", "ཉིན་30ཡི་དྲ་ཐོག་ཚོང་ལས་སྦྱོང་བརྡར། རིན་མེད།"),
            ),
            (
                "policy",
                "lhasa-entrepreneurship-support",
                tr("一次性创业补贴", "ལས་གཞི་གསར་འཛུགས་ཕན་སྐྱོར་ཐེངས་གཅིག་མ།"),
            ),
            (
                "other",
                tr(
                    "区妇联组织的直播带货交流会",
                    "ཆུས་བུད་མེད་མཉམ་འབྲེལ་གྱིས་གོ་སྒྲིག་བྱས་པའི་ཐད་གཏོང་ཚོང་ལས་བརྗེ་རེས་ཚོགས་འདུ།",
                ),
            ),
        ],
        "photo": (
            "phone",
            tr(
                "示意图：手机屏幕上的网店页面，旁边是一包包奶渣",
                "རི་མོ། ཁ་པར་གྱི་བརྙན་ཡོལ་སྟེང་གི་དྲ་ཐོག་ཚོང་ཁང་། འགྲམ་དུ་ཕྱུར་བའི་ཐུམ་སྒྲིལ་ཁག",
            ),
            tr("央金的网店（示意图）", "དབྱངས་ཅན་གྱི་དྲ་ཐོག་ཚོང་ཁང་།（རི་མོ།）"),
        ),
    },
    {
        "key": "case-kelsang-yak-cooperative",
        "title": tr(
            "格桑：回到草原，办起牦牛养殖合作社",
            "སྐལ་བཟང་། རྩྭ་ཐང་དུ་ལོག་ནས་འབྲི་གཡག་གསོ་སྐྱོང་མཉམ་ལས་ཁང་བཙུགས་པ།",
        ),
        "person": tr("格桑（化名）", "སྐལ་བཟང་།（མིང་བརྫུས།）"),
        "summary": tr(
            "在青海和四川跑了十年运输的格桑回到当雄县，和二十三户牧民一起成立了牦牛养殖合作社。",
            "མཚོ་སྔོན་དང་སི་ཁྲོན་དུ་ལོ་བཅུ་རིང་སྐྱེལ་འདྲེན་བྱས་པའི་སྐལ་བཟང་འདམ་གཞུང་རྫོང་དུ་ལོག་སྟེ། "
            "འབྲོག་ཁྱིམ་ཉེར་གསུམ་དང་མཉམ་དུ་འབྲི་གཡག་གསོ་སྐྱོང་མཉམ་ལས་ཁང་བཙུགས།",
        ),
        "district": "dangxiong",
        "industry": "agriculture",
        "outcome": "cooperative",
        "groups": ["long_term_returnees", "ethnic_minorities"],
        "lesson": tr(
            "合作社要先定好规矩：草场怎么用、收益怎么分，写下来，大家按手印。",
            "མཉམ་ལས་ཁང་ལ་སྔོན་ལ་སྒྲིག་གཞི་གཏན་འཁེལ་དགོས། རྩྭ་ཐང་ཇི་ལྟར་བེད་སྤྱོད་བྱེད་པ་དང་ཁེ་བཟང་"
            "ཇི་ལྟར་བགོ་བ་ཡི་གེར་བྲིས་ནས་ཚང་མས་མཛུབ་རྗེས་རྒྱག་དགོས།",
        ),
        "story": [
            (
                "paragraph",
                tr(
                    "格桑年轻时离开当雄，在青海和四川跑了十年长途运输，家里的牦牛一直由父母照看。",
                    "སྐལ་བཟང་ལང་ཚོའི་དུས་སུ་འདམ་གཞུང་ནས་ཐོན་ཏེ། མཚོ་སྔོན་དང་སི་ཁྲོན་དུ་ལོ་བཅུ་རིང་"
                    "ལམ་རིང་སྐྱེལ་འདྲེན་བྱས། ཁྱིམ་གྱི་འབྲི་གཡག་རྣམས་ཕ་མས་རྟག་ཏུ་ལྟ་རྟོག་བྱས།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "回乡后，他在县服务站了解到合作社扶持政策，又参加了科学养殖和合作社管理培训。",
                    "ཕ་ཡུལ་དུ་ལོག་རྗེས། ཁོང་གིས་རྫོང་གི་ཞབས་ཞུ་ས་ཚིགས་སུ་མཉམ་ལས་ཁང་ལ་རྒྱབ་སྐྱོར་བྱེད་པའི་"
                    "སྲིད་ཇུས་ཤེས་རྟོགས་བྱས་ཤིང་། ཚན་རིག་དང་མཐུན་པའི་གསོ་སྐྱོང་དང་མཉམ་ལས་ཁང་དོ་དམ་གྱི་"
                    "སྦྱོང་བརྡར་ལ་ཡང་ཞུགས།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "合作社统一防疫、统一收购，统一卖给拉萨的肉食加工企业，牧户不再各自压价出售。",
                    "མཉམ་ལས་ཁང་གིས་ནད་སྔོན་འགོག་དང་། ཉོ་སྡུད། ལྷ་སའི་ཤ་ཟས་བཟོ་བསྐྲུན་ཁེ་ལས་ལ་འཚོང་བ་"
                    "བཅས་གཅིག་གྱུར་ངང་བྱེད་པས། འབྲོག་ཁྱིམ་སོ་སོས་གོང་ཚད་དམའ་པོར་འཚོང་མི་དགོས་པ་བྱུང་།",
                ),
            ),
            (
                "image",
                "tent",
                tr(
                    "示意图：草原上的黑帐篷和吃草的牦牛",
                    "རི་མོ། རྩྭ་ཐང་སྟེང་གི་སྦྲ་ནག་དང་རྩྭ་ཟ་བཞིན་པའི་གཡག",
                ),
                tr("合作社的夏季牧场（示意图）", "མཉམ་ལས་ཁང་གི་དབྱར་ས།（རི་མོ།）"),
            ),
            (
                "quote",
                tr(
                    "一家一户卖牦牛，价钱由别人说了算；二十几户一起卖，我们也能谈价钱。",
                    "ཁྱིམ་རེ་རེས་འབྲི་གཡག་བཙོང་དུས་གོང་ཚད་གཞན་གྱིས་ཐག་གཅོད། ཁྱིམ་ཉི་ཤུ་ལྷག་མཉམ་དུ་"
                    "བཙོང་དུས་ང་ཚོས་ཀྱང་གོང་ཚད་གྲོས་མོལ་བྱེད་ཐུབ།",
                ),
            ),
        ],
        "figures": {
            "jobs_created": 8,
            "income_before": 2500,
            "income_after": 4800,
            "investment": 300000,
        },
        "support": [
            (
                "policy",
                "lhasa-entrepreneurship-support",
                tr("合作社扶持资金20万元", "མཉམ་ལས་ཁང་རྒྱབ་སྐྱོར་མ་དངུལ་སྒོར་ཁྲི་20"),
            ),
            (
                "page",
                "training-guide",
                tr(
                    "科学养殖和合作社管理培训",
                    "ཚན་རིག་དང་མཐུན་པའི་གསོ་སྐྱོང་དང་མཉམ་ལས་ཁང་དོ་དམ་གྱི་སྦྱོང་བརྡར།",
                ),
            ),
        ],
        "photo": (
            "yak",
            tr(
                "示意图：雪山下草原上的两头牦牛",
                "རི་མོ། གངས་རིའི་འོག་གི་རྩྭ་ཐང་སྟེང་གི་གཡག་གཉིས།",
            ),
            tr("当雄的牧场（示意图）", "འདམ་གཞུང་གི་རྩྭ་ཐང་།（རི་མོ།）"),
        ),
    },
    {
        "key": "case-lhamo-incense",
        "title": tr(
            "拉姆：在家乡的藏香厂当上质检员",
            "ལྷ་མོ། ཕ་ཡུལ་གྱི་བོད་སྤོས་བཟོ་གྲྭར་སྤུས་ཚད་ཞིབ་བཤེར་བ་བྱས་པ།",
        ),
        "person": tr("拉姆（化名）", "ལྷ་མོ།（མིང་བརྫུས།）"),
        "summary": tr(
            "在广东服装厂打工九年的拉姆回到尼木县，经过培训进入本地藏香厂当质检员，"
            "每天能回家照顾孩子。",
            "ཀོང་ཏུང་གི་གྱོན་ཆས་བཟོ་གྲྭར་ལོ་དགུ་གླ་ལས་བྱས་པའི་ལྷ་མོ་སྙེ་མོ་རྫོང་དུ་ལོག་སྟེ། སྦྱོང་བརྡར་"
            "བྱས་རྗེས་ས་གནས་ཀྱི་བོད་སྤོས་བཟོ་གྲྭར་སྤུས་ཚད་ཞིབ་བཤེར་བ་བྱས་ནས། ཉིན་རེར་ཁྱིམ་དུ་ལོག་སྟེ་"
            "ཕྲུ་གུར་ལྟ་རྟོག་བྱེད་ཐུབ།",
        ),
        "district": "nimu",
        "industry": "manufacturing",
        "outcome": "employed",
        "groups": ["women", "long_term_returnees", "ethnic_minorities"],
        "lesson": tr(
            "离家近的工作不一定工资最高，但省下的路费、房租和陪孩子的时间也要算进去。",
            "ཁྱིམ་དང་ཉེ་བའི་ལས་ཀའི་གླ་ཕོགས་མཐོ་ཤོས་ཡིན་ངེས་མེད། འོན་ཀྱང་སྐྱོད་གྲོན་དང་ཁང་གླ་སྲི་ཐུབ་"
            "པ་དང་ཕྲུ་གུ་དང་མཉམ་དུ་སྡོད་པའི་དུས་ཚོད་ཀྱང་རྩིས་དགོས།",
        ),
        "story": [
            (
                "paragraph",
                tr(
                    "拉姆在广东一家服装厂做了九年缝纫工，孩子一直留在尼木由老人照看。",
                    "ལྷ་མོས་ཀོང་ཏུང་གི་གྱོན་ཆས་བཟོ་གྲྭ་ཞིག་ཏུ་ལོ་དགུ་རིང་འཚེམ་བཟོ་བ་བྱས་ཤིང་། ཕྲུ་གུ་"
                    "སྙེ་མོར་བཞག་ནས་རྒན་པ་ཚོས་ལྟ་རྟོག་བྱས།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "回乡后，她在服务站说出想离家近一点的愿望。职业指导人员给她推荐了县里藏香厂的"
                    "质检岗位，并安排了两周的岗前培训。",
                    "ཕ་ཡུལ་དུ་ལོག་རྗེས། ཁོ་མོས་ཞབས་ཞུ་ས་ཚིགས་སུ་ཁྱིམ་དང་ཉེ་བའི་ལས་ཀ་བྱེད་འདོད་པའི་རེ་བ་"
                    "བཤད། ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་ཁོ་མོར་རྫོང་གི་བོད་སྤོས་བཟོ་གྲྭའི་སྤུས་ཚད་ཞིབ་བཤེར་གྱི་"
                    "ལས་གནས་འོས་སྦྱོར་བྱས་ཤིང་། ལས་གནས་སུ་མ་ཞུགས་གོང་གི་སྦྱོང་བརྡར་གཟའ་འཁོར་གཉིས་"
                    "གོ་སྒྲིག་བྱས།",
                ),
            ),
            (
                "paragraph",
                tr(
                    "上岗第十天，职业指导人员打电话回访，帮她和厂里协调了接送孩子的时间。",
                    "ལས་གནས་སུ་ཞུགས་ནས་ཉིན་བཅུ་པར། ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་ཁ་པར་བརྒྱུད་བཅར་འདྲི་བྱས་ཏེ། "
                    "ཁོ་མོ་དང་བཟོ་གྲྭའི་བར་དུ་ཕྲུ་གུ་སྐྱེལ་ལེན་གྱི་དུས་ཚོད་གྲོས་མོལ་བྱེད་པར་རོགས་རམ་བྱས།",
                ),
            ),
            (
                "quote",
                tr(
                    "工资比在广东少一点，可是每天晚上能陪孩子写作业。",
                    "གླ་ཕོགས་ཀོང་ཏུང་ལས་ཅུང་ཉུང་ཡང་། དགོང་མོ་རེ་རེར་ཕྲུ་གུའི་ཁྱིམ་ལས་ལ་རོགས་བྱེད་ཐུབ།",
                ),
            ),
        ],
        "figures": {"income_before": 5200, "income_after": 4600},
        "support": [
            ("page", "job-seeking", NEARBY_JOBS),
            (
                "page",
                "training-guide",
                tr("两周岗前培训", "ལས་གནས་སུ་མ་ཞུགས་གོང་གི་སྦྱོང་བརྡར་གཟའ་འཁོར་གཉིས།"),
            ),
            (
                "other",
                tr(
                    "上岗后第十天的电话回访",
                    "ལས་གནས་སུ་ཞུགས་རྗེས་ཉིན་བཅུ་པའི་ཁ་པར་བཅར་འདྲི།",
                ),
            ),
        ],
        "photo": (
            "incense",
            tr(
                "示意图：晾在木架上的一排排藏香",
                "རི་མོ། ཤིང་སྒྲོམ་སྟེང་དུ་སྐམ་དུ་བཞག་པའི་བོད་སྤོས་གྲལ་ཁག",
            ),
            tr("尼木的藏香厂（示意图）", "སྙེ་མོའི་བོད་སྤོས་བཟོ་གྲྭ།（རི་མོ།）"),
        ),
    },
]


# ---------------------------------------------------------------------------------------------
# Drawings: a coloured card with a simple picture, small enough to keep the demo light.
# ---------------------------------------------------------------------------------------------

WIDTH, HEIGHT = 960, 640
SKY = {
    "loom": "#bcd9ef",
    "apron": "#f3e6c8",
    "truck": "#c9e3d3",
    "crane": "#d7e2f0",
    "house": "#cfe0f3",
    "phone": "#f2d4c9",
    "yak": "#c4dcef",
    "tent": "#d9ecd0",
    "incense": "#efe1c6",
}
STRIPES = ["#a4161a", "#f0a202", "#1e6b3a", "#0b4f8a", "#7b2d8e", "#e76f51"]


def landscape(draw, sky):
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=sky)
    draw.ellipse([780, 50, 880, 150], fill="#f6c945")
    draw.polygon([(0, 400), (220, 170), (430, 400)], fill="#7d8ca3")
    draw.polygon([(160, 235), (220, 170), (280, 235)], fill="#ffffff")
    draw.polygon([(300, 400), (560, 130), (820, 400)], fill="#6b7a91")
    draw.polygon([(490, 203), (560, 130), (630, 203)], fill="#ffffff")
    draw.rectangle([0, 400, WIDTH, HEIGHT], fill="#8fb36b")


def draw_loom(draw):
    draw.rectangle([250, 250, 710, 560], outline="#5b3a1a", width=14)
    for index in range(12):
        top = 270 + index * 22
        draw.rectangle([270, top, 690, top + 20], fill=STRIPES[index % len(STRIPES)])
    draw.line([(230, 560), (730, 560)], fill="#5b3a1a", width=18)


def draw_apron(draw):
    draw.line([(60, 150), (900, 150)], fill="#5b3a1a", width=6)
    for offset in (120, 390, 660):
        for index in range(14):
            top = 160 + index * 24
            draw.rectangle(
                [offset, top, offset + 190, top + 22], fill=STRIPES[(index + offset) % 6]
            )


def draw_truck(draw):
    draw.rectangle([200, 330, 560, 520], fill="#0b4f8a")
    draw.rectangle([560, 390, 720, 520], fill="#1e6b3a")
    draw.rectangle([590, 405, 690, 460], fill="#dbe9f6")
    for left in (250, 360, 470):
        draw.rectangle([left, 280, left + 80, 330], fill="#c8a165", outline="#5b3a1a", width=3)
    for centre in (290, 640):
        draw.ellipse([centre - 45, 480, centre + 45, 570], fill="#222222")
        draw.ellipse([centre - 18, 507, centre + 18, 543], fill="#9aa0a6")


def draw_crane(draw):
    draw.rectangle([250, 120, 280, 560], fill="#f0a202")
    draw.rectangle([130, 120, 760, 145], fill="#f0a202")
    draw.line([(700, 145), (700, 330)], fill="#333333", width=4)
    draw.rectangle([670, 330, 730, 370], fill="#a4161a")
    for floor in range(4):
        top = 560 - (floor + 1) * 55
        draw.rectangle([420, top, 760, top + 50], fill="#d9c7a5", outline="#7a5c3a", width=3)


def draw_house(draw):
    draw.rectangle([280, 250, 680, 560], fill="#f4f1ea", outline="#7a5c3a", width=4)
    draw.rectangle([270, 235, 690, 260], fill="#7a2e1d")
    for left in (330, 450, 570):
        for top in (300, 430):
            draw.rectangle([left - 8, top - 8, left + 68, top + 78], fill="#1f1f1f")
            draw.rectangle([left, top, left + 60, top + 70], fill="#9cc3e6")
    draw.rectangle([455, 480, 505, 560], fill="#7a2e1d")


def draw_phone(draw):
    draw.rounded_rectangle([330, 120, 590, 590], radius=30, fill="#222222")
    draw.rectangle([350, 160, 570, 550], fill="#ffffff")
    draw.rectangle([365, 180, 555, 330], fill="#f3e6c8")
    draw.ellipse([410, 200, 510, 300], fill="#fdfaf0", outline="#c8a165", width=4)
    for top in (350, 400, 450):
        draw.rectangle([365, top, 555, top + 30], fill="#dbe9f6")
    draw.rectangle([365, 500, 555, 535], fill="#a4161a")
    for left in (640, 740):
        draw.rectangle([left, 430, left + 80, 540], fill="#c8a165", outline="#5b3a1a", width=3)


def draw_yak(draw, left, top, scale=1.0):
    def box(x1, y1, x2, y2):
        return [left + x1 * scale, top + y1 * scale, left + x2 * scale, top + y2 * scale]

    draw.ellipse(box(0, 0, 220, 120), fill="#2b2118")
    draw.ellipse(box(180, 10, 270, 90), fill="#2b2118")
    draw.arc(box(190, -30, 235, 30), start=180, end=300, fill="#f4f1ea", width=6)
    draw.arc(box(225, -30, 270, 30), start=240, end=360, fill="#f4f1ea", width=6)
    for x in (30, 70, 140, 180):
        draw.rectangle(box(x, 100, x + 22, 170), fill="#2b2118")


def draw_yaks(draw):
    draw_yak(draw, 150, 390, 1.0)
    draw_yak(draw, 520, 420, 0.8)


def draw_tent(draw):
    draw.polygon([(180, 540), (330, 330), (480, 540)], fill="#1f1f1f")
    draw.rectangle([305, 470, 355, 540], fill="#c8a165")
    draw.line([(330, 330), (330, 300)], fill="#5b3a1a", width=6)
    draw_yak(draw, 560, 430, 0.7)


def draw_incense(draw):
    for row in range(3):
        top = 250 + row * 100
        draw.rectangle([160, top, 800, top + 12], fill="#7a5c3a")
        for index in range(40):
            x = 175 + index * 15
            colour = "#a4161a" if (index + row) % 3 else "#c8a165"
            draw.line([(x, top + 12), (x + 4, top + 90)], fill=colour, width=5)
    for x in (170, 790):
        draw.rectangle([x - 10, 240, x + 10, 580], fill="#5b3a1a")


DRAWINGS = {
    "loom": draw_loom,
    "apron": draw_apron,
    "truck": draw_truck,
    "crane": draw_crane,
    "house": draw_house,
    "phone": draw_phone,
    "yak": draw_yaks,
    "tent": draw_tent,
    "incense": draw_incense,
}
OUTDOORS = {"loom", "truck", "crane", "house", "yak", "tent"}


def drawing(name):
    """The JPEG bytes of drawing `name`."""
    picture = PillowImage.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    if name in OUTDOORS:
        landscape(draw, SKY[name])
    else:
        draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY[name])
        for index in range(8):  # a patterned border, as on a Tibetan rug
            angle = index * math.pi / 4
            x = WIDTH / 2 + math.cos(angle) * 430
            y = HEIGHT / 2 + math.sin(angle) * 290
            draw.ellipse([x - 14, y - 14, x + 14, y + 14], fill=STRIPES[index % len(STRIPES)])
    DRAWINGS[name](draw)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def demo_image(demo, name, title):
    """The Wagtail image of drawing `name`, found again by its title or created."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(
            title=title, file=ImageFile(io.BytesIO(drawing(name)), name=f"case-{name}.jpg")
        )
        image._set_image_file_metadata()
        image.save()
        demo.created[image_model._meta.label] += 1
        demo.note(f"Created image {title}.")
    return image


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def story_blocks(demo, spec):
    blocks = []
    for kind, *value in spec:
        if kind == "paragraph":
            blocks.append(block("paragraph", rich_text([value[0]])))
        elif kind == "quote":
            blocks.append(block("quote", {"text": value[0], "attribution": ""}))
        elif kind == "image":
            name, alt_text, caption = value
            image = demo_image(demo, name, alt_text)
            blocks.append(
                block("image", {"image": image.pk, "alt_text": alt_text, "caption": caption})
            )
        else:
            raise CommandError(f"Unknown story block in demo content: {kind}")
    return blocks


def support_blocks(demo, spec):
    blocks = []
    for kind, *value in spec:
        if kind == "other":
            blocks.append(block("other", value[0]))
            continue
        key, note = value
        page = demo.pages.get(key)
        if kind == "policy" and not isinstance(page, PolicyPage):
            # The policy library is not loaded (yet): point at the guide to policies instead.
            kind, page = "page", demo.pages[POLICY_FALLBACK]
        blocks.append(block(kind, {"page": page.pk, "note": note}))
    return blocks


def load(demo):
    """The case-study section below the home page and its six case studies."""
    index = demo.page(
        demo.pages["home"],
        CaseIndexPage,
        INDEX["key"],
        title=INDEX["title"],
        summary=INDEX["summary"],
        intro=rich_text(INDEX["intro"]),
    )
    groups = {group.code: group for group in TargetGroup.objects.all()}
    for spec in CASES:
        fields = {}
        if not exists(demo, index, spec["key"]):
            fields = case_fields(demo, spec, groups)
        demo.page(index, CasePage, spec["key"], **fields)


def exists(demo, parent, key):
    """Whether demo page `key` was made before (its fields, and images, are then not needed)."""
    return (
        demo.find(Page, "page", key) is not None
        or parent.get_children().filter(slug=key, locale=demo.zh).exists()
    )


def case_fields(demo, spec, groups):
    name, alt_text, caption = spec["photo"]
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "person": spec["person"],
        "district": spec["district"],
        "industry": spec["industry"],
        "outcome": spec["outcome"],
        "target_groups": [groups[code] for code in spec["groups"]],
        "lesson": spec["lesson"],
        "story": story_blocks(demo, spec["story"]),
        "support": support_blocks(demo, spec["support"]),
        "photos": [
            CasePhoto(image=demo_image(demo, name, alt_text), alt_text=alt_text, caption=caption)
        ],
        **spec["figures"],
    }

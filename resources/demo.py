"""The demo content of the resource library (clauses 4.4.2(3)–(5)): the library page and six
resources (a job-demand report, two handbooks, two readings and a video course). See
portal/demo.py for how demo content is built and translated.

Everything invented is marked 示例 (example) where a reader sees it. The files are made here:
each PDF holds the Chinese text of its resource (see resources/demo_files.py), each handbook also
has a Tibetan text file. Files already in storage are reused, so running again writes nothing.
Bodies are written as in home/demo.py (`body_blocks`).
"""

import datetime
import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.documents import get_document_model

from home.demo import body_blocks
from portal.demo import TIBETAN, block, rich_text, tr
from portal.models import TargetGroup
from resources.demo_files import chinese_pdf, tibetan_text
from resources.models import ResourceIndexPage, ResourceKind, ResourcePage

CENTRE = tr(
    "拉萨市返乡农民工职业指导服务中心",
    "ལྷ་ས་གྲོང་ཁྱེར་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པའི་ལས་རིགས་མཛུབ་སྟོན་ཞབས་ཞུ་ལྟེ་གནས།",
)
PDF_CHINESE = tr("汉文版（PDF）", "རྒྱ་ཡིག་པར་གཞི།（PDF）")
TEXT_TIBETAN = tr("藏文版（纯文本）", "བོད་ཡིག་པར་གཞི།（ཡི་གེ་རྐྱང་པ།）")

INDEX = {
    "key": "resources",
    "title": tr("资源库", "ཐོན་ཁུངས་མཛོད།"),
    "summary": tr(
        "拉萨产业与职业需求报告、国家职业分类与紧缺工种、创业和求职手册、自学读物和视频课程。",
        "ལྷ་སའི་ཐོན་ལས་དང་ལས་རིགས་དགོས་མཁོའི་སྙན་ཞུ། རྒྱལ་ཁབ་ཀྱི་ལས་རིགས་དབྱེ་སྡེ་དང་ཁ་སྐོང་དགོས་པའི་ལས་རིགས། "
        "ལས་གཞི་གསར་འཛུགས་དང་ལས་འཚོལ་གྱི་ལག་དེབ། རང་སློབ་ཀློག་དེབ་དང་བརྙན་ཟློས་སློབ་ཚན།",
    ),
    "intro": [
        tr(
            "这里的资料都可以免费阅读和下载，手机上也能看。看不懂的地方，可以到服务站或拨打12333，"
            "请职业指导人员用汉语或藏语为您讲解。",
            "འདིའི་ཡིག་ཆ་ཚང་མ་རིན་མེད་ཀློག་པ་དང་ཕབ་ལེན་བྱེད་ཆོག་ལ། ཁ་པར་ཐོག་ནས་ཀྱང་ལྟ་ཐུབ། "
            "གོ་དཀའ་བའི་ས་ཡོད་ན་ཞབས་ཞུ་ས་ཚིགས་སུ་ཕེབས་པའམ་ 12333 ལ་ཁ་པར་བཏང་ནས། ལས་རིགས་མཛུབ་སྟོན་"
            "མི་སྣར་རྒྱ་སྐད་དམ་བོད་སྐད་ཐོག་འགྲེལ་བཤད་ཞུ་ཆོག",
        ),
    ],
}

REPORT_TITLE = tr(
    "2026年拉萨市重点产业发展与职业需求报告（示例）",
    "2026ལོའི་ལྷ་ས་གྲོང་ཁྱེར་གྱི་གལ་ཆེའི་ཐོན་ལས་འཕེལ་རྒྱས་དང་ལས་རིགས་དགོས་མཁོའི་སྙན་ཞུ།（དཔེ་མཚོན།）",
)

RESOURCES = [
    {
        "key": "lhasa-job-demand-2026",
        "kind": ResourceKind.REPORT,
        "title": REPORT_TITLE,
        "summary": tr(
            "拉萨市旅游住宿、建筑和藏式装饰、物流运输、养老家政和高原特色农牧业需要哪些人。"
            "演示用示例，数字为虚构。",
            "ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཡུལ་སྐོར་དང་བབས་ཚུགས། ཨར་ལས་དང་བོད་ལུགས་མཛེས་སྒྲིག དངོས་ཟོག་སྐྱེལ་འདྲེན། "
            "རྒན་གསོ་དང་ཁྱིམ་ཚང་ཞབས་ཞུ། མཐོ་སྒང་གི་ཁྱད་ཆོས་ལྡན་པའི་ཞིང་འབྲོག་ལས་རིགས་བཅས་ལ་མི་སྣ་ཅི་འདྲ་"
            "དགོས་མིན། འདི་ནི་དཔེ་མཚོན་ཙམ་ཡིན་ལ་གྲངས་ཀ་རྣམས་བཟོས་མ་ཡིན།",
        ),
        "publisher": CENTRE,
        "publication_date": datetime.date(2026, 3, 16),
        "groups": ["all"],
        "body": [
            (
                "notice",
                tr(
                    "本报告是平台演示用的示例，其中的数字和结论都是虚构的，不是官方统计。",
                    "སྙན་ཞུ་འདི་ནི་སྟེགས་བུ་འགྲེམས་སྟོན་གྱི་དཔེ་མཚོན་ཡིན་ལ། དེའི་ནང་གི་གྲངས་ཀ་དང་མཇུག་སྡོམ་"
                    "ཚང་མ་བཟོས་མ་ཡིན་ཞིང་། གཞུང་ཕྱོགས་ཀྱི་བསྡོམས་རྩིས་མ་ཡིན།",
                ),
            ),
            ("heading", tr("主要发现", "གནད་དོན་གཙོ་བོ།")),
            (
                "paragraph",
                [
                    [
                        tr(
                            "旅游住宿和餐饮：旺季（5月至10月）缺厨师、客房服务员和导游，会藏汉双语的更受欢迎。",
                            "ཡུལ་སྐོར་བབས་ཚུགས་དང་ཟ་ཁང་། དུས་ཚིགས་གྲོན་ཆེ་བ（ཟླ་5ནས་ཟླ་10བར）ཟས་གཡོས་མཁན་དང་"
                            "མགྲོན་ཁང་ཞབས་ཞུ་བ། ཡུལ་སྐོར་ལམ་སྟོན་པ་དགོས་ལ། བོད་རྒྱ་སྐད་གཉིས་ཤེས་མཁན་ལ་དགའ་ཚོར་ཆེ།",
                        ),
                        tr(
                            "建筑和藏式建筑装饰：电工、焊工、装饰装修工和藏式彩绘工全年都有需求。",
                            "ཨར་ལས་དང་བོད་ལུགས་ཨར་ལས་མཛེས་སྒྲིག གློག་བཟོ་བ་དང་། ཞུན་སྦྱོར་བཟོ་བ། "
                            "ཁང་པ་མཛེས་སྒྲིག་བཟོ་བ། བོད་ལུགས་ཚོན་རིས་བཟོ་བ་བཅས་ལ་ལོ་གང་པོར་དགོས་མཁོ་ཡོད།",
                        ),
                        tr(
                            "物流运输：货车司机和快递员需求增长，持有相应驾驶证的优先。",
                            "དངོས་ཟོག་སྐྱེལ་འདྲེན། དོ་པོ་འཁོར་ལོའི་ཁ་ལོ་བ་དང་མགྱོགས་སྐྱེལ་བའི་དགོས་མཁོ་འཕར་བཞིན་ཡོད་ལ། "
                            "འོས་འཚམ་གྱི་ཁ་ལོ་བའི་ལག་ཁྱེར་ཡོད་མཁན་སྔོན་ལ་འདེམས།",
                        ),
                        tr(
                            "养老和家政：随着老人增多，养老护理员和家政服务员长期短缺。",
                            "རྒན་གསོ་དང་ཁྱིམ་ཚང་ཞབས་ཞུ། རྒན་པ་མང་དུ་ཕྱིན་པ་དང་བསྟུན་ནས་རྒན་གསོ་ནད་གཡོག་པ་དང་"
                            "ཁྱིམ་ཚང་ཞབས་ཞུ་བ་དུས་ཡུན་རིང་པོར་མི་འདང་།",
                        ),
                        tr(
                            "高原特色农牧业：农机驾驶操作员和懂养殖技术的人才需求稳定。",
                            "མཐོ་སྒང་གི་ཁྱད་ཆོས་ལྡན་པའི་ཞིང་འབྲོག་ལས་རིགས། ཞིང་ལས་འཕྲུལ་འཁོར་ཁ་ལོ་བཀོལ་སྤྱོད་པ་དང་"
                            "གསོ་སྐྱོང་ལག་རྩལ་ཤེས་མཁན་གྱི་དགོས་མཁོ་བརྟན་པོ་ཡོད།",
                        ),
                    ]
                ],
            ),
            ("heading", tr("对返乡农民工的建议", "ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པར་བསམ་འཆར།")),
            (
                "paragraph",
                [
                    tr(
                        "先对照紧缺工种目录选方向，再参加相应的职业技能培训并取得证书，可以享受培训补贴。",
                        "སྔོན་ལ་ཁ་སྐོང་དགོས་པའི་ལས་རིགས་ཀྱི་ཐོ་གཞུང་ལ་གཞིགས་ནས་ཁ་ཕྱོགས་འདེམས་པ་དང་། དེ་རྗེས་"
                        "འབྲེལ་ཡོད་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལ་ཞུགས་ནས་ལག་ཁྱེར་ལེན་ན། སྦྱོང་བརྡར་ཕན་སྐྱོར་ཐོབ་ཐུབ།",
                    ),
                ],
            ),
        ],
        "files": [{"name": "lhasa-job-demand-2026.pdf", "label": PDF_CHINESE}],
    },
    {
        "key": "return-entrepreneurship-handbook",
        "kind": ResourceKind.HANDBOOK,
        "title": tr("返乡创业手册", "ཕ་ཡུལ་དུ་ལས་གཞི་གསར་འཛུགས་ཀྱི་ལག་དེབ།"),
        "summary": tr(
            "想回家乡开店、办合作社或搞特色种养？从选项目、算成本到办执照和申请贷款，一步一步讲清楚。",
            "ཕ་ཡུལ་དུ་ཚོང་ཁང་འབྱེད་པའམ་མཉམ་ལས་ཁང་འཛུགས་པ། ཡང་ན་ཁྱད་ཆོས་ལྡན་པའི་འདེབས་འཚོ་བྱེད་འདོད་དམ། "
            "རྣམ་གྲངས་འདེམས་པ་དང་འགྲོ་གྲོན་རྩིས་རྒྱག་པ་ནས་ཆོག་མཆན་ལེན་པ་དང་དངུལ་བུན་ཞུ་བའི་བར་གོམ་པ་རེ་རེ་བཞིན་གསལ་བཤད་བྱས་ཡོད།",
        ),
        "publisher": CENTRE,
        "publication_date": datetime.date(2026, 1, 20),
        "groups": ["long_term_returnees", "youth"],
        "body": [
            ("heading", tr("创业五步", "ལས་གཞི་གསར་འཛུགས་ཀྱི་གོམ་པ་ལྔ།")),
            (
                "steps",
                [
                    (
                        tr("选项目", "རྣམ་གྲངས་འདེམས་པ།"),
                        tr(
                            "结合自己在外学到的手艺和家乡的市场，选一个自己熟悉、本地有人买的项目。",
                            "རང་ཉིད་ཀྱིས་ཕྱི་ལ་སྦྱངས་པའི་ལག་རྩལ་དང་ཕ་ཡུལ་གྱི་ཁྲོམ་ར་ཟུང་འབྲེལ་བྱས་ནས། རང་ཉིད་ལ་"
                            "རྒྱུས་ཡོད་པ་དང་ས་གནས་སུ་ཉོ་མཁན་ཡོད་པའི་རྣམ་གྲངས་ཤིག་འདེམས།",
                        ),
                    ),
                    (
                        tr("算成本", "འགྲོ་གྲོན་རྩིས་རྒྱག་པ།"),
                        tr(
                            "把房租、设备、原料和半年的生活费算清楚，留出应急的钱。",
                            "ཁང་གླ་དང་། སྒྲིག་ཆས། རྒྱུ་ཆ། ཟླ་དྲུག་གི་འཚོ་བའི་འགྲོ་གྲོན་བཅས་གསལ་པོར་རྩིས་ནས། "
                            "ཛ་དྲག་གི་དངུལ་ཉར་ཚགས་བྱེད།",
                        ),
                    ),
                    (
                        tr("写计划", "འཆར་གཞི་འབྲི་བ།"),
                        tr(
                            "职业指导人员可以帮您写创业计划书，说明卖什么、卖给谁、怎样赚钱。",
                            "ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་ཁྱེད་ལ་ལས་གཞི་གསར་འཛུགས་ཀྱི་འཆར་ཟིན་འབྲི་བར་རོགས་རམ་བྱས་ཏེ། "
                            "ཅི་ཞིག་འཚོང་བ་དང་། སུ་ལ་འཚོང་བ། ཇི་ལྟར་ཁེ་ཕན་ཐོབ་པ་བཅས་གསལ་བཤད་བྱེད་ཐུབ།",
                        ),
                    ),
                    (
                        tr("办手续", "ལས་རིམ་སྒྲུབ་པ།"),
                        tr(
                            "到政务服务大厅办理营业执照，合作社到农业农村部门登记。",
                            "སྲིད་དོན་ཞབས་ཞུའི་ཚོམ་ཆེན་དུ་ཚོང་ལས་ཆོག་མཆན་སྒྲུབ་པ་དང་། མཉམ་ལས་ཁང་ནི་ཞིང་ལས་"
                            "གྲོང་གསེབ་ལས་ཁུངས་སུ་ཐོ་འགོད་བྱེད།",
                        ),
                    ),
                    (
                        tr("找支持", "རྒྱབ་སྐྱོར་འཚོལ་བ།"),
                        tr(
                            "符合条件的可以申请创业担保贷款、创业补贴和场地支持，先问清楚再申请。",
                            "ཆ་རྐྱེན་དང་མཐུན་པ་ཡིན་ན་ལས་གཞི་གསར་འཛུགས་ཀྱི་འགན་ལེན་དངུལ་བུན་དང་། ཕན་སྐྱོར་མ་དངུལ། "
                            "ས་ཁང་གི་རྒྱབ་སྐྱོར་བཅས་ཞུ་ཆོག སྔོན་ལ་གསལ་པོར་དྲིས་རྗེས་ཞུ་སྙན་འབུལ།",
                        ),
                    ),
                ],
            ),
            (
                "notice",
                tr(
                    "贷款和补贴的具体条件以当年政策为准，办理前请到服务站或拨打12333核实。",
                    "དངུལ་བུན་དང་ཕན་སྐྱོར་གྱི་ཆ་རྐྱེན་ཞིབ་ཕྲ་ནི་ལོ་དེའི་སྲིད་ཇུས་ལ་གཞི་བཟུང་དགོས་པས། "
                    "མ་སྒྲུབ་གོང་ཞབས་ཞུ་ས་ཚིགས་སུ་ཕེབས་པའམ་ 12333 ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་གནང་རོགས།",
                ),
            ),
        ],
        "files": [
            {"name": "return-entrepreneurship-handbook.pdf", "label": PDF_CHINESE},
            {"name": "return-entrepreneurship-handbook-bo.txt", "label": TEXT_TIBETAN},
        ],
    },
    {
        "key": "job-seeking-rights-handbook",
        "kind": ResourceKind.HANDBOOK,
        "title": tr("求职与劳动权益手册", "ལས་འཚོལ་དང་ངལ་རྩོལ་ཐོབ་ཐང་གི་ལག་དེབ།"),
        "summary": tr(
            "找工作时怎样辨别招聘信息，签劳动合同要看哪些条款，工资被拖欠了找谁。",
            "ལས་ཀ་འཚོལ་སྐབས་མི་འཚོལ་ཆ་འཕྲིན་ཇི་ལྟར་ངོས་འཛིན་དགོས་པ་དང་། ངལ་རྩོལ་ཆིངས་ཡིག་འཇོག་སྐབས་"
            "དོན་ཚན་གང་ལ་ལྟ་དགོས་པ། གླ་ཕོགས་འགྱངས་ན་སུ་ལ་ཞུ་དགོས་པ།",
        ),
        "publisher": CENTRE,
        "publication_date": datetime.date(2025, 9, 1),
        "groups": ["all", "women"],
        "body": [
            ("heading", tr("签合同前", "ཆིངས་ཡིག་མ་འཇོག་གོང་།")),
            (
                "paragraph",
                [
                    [
                        tr(
                            "确认用人单位的名称和地址，不交任何押金和证件原件。",
                            "ལས་བཀོལ་ལས་ཁུངས་ཀྱི་མིང་དང་ས་གནས་གཏན་འཁེལ་བྱེད་པ་དང་། གཏའ་མ་དང་ལག་ཁྱེར་མ་ཡིག་"
                            "གང་ཡང་མི་སྤྲོད།",
                        ),
                        tr(
                            "看清工作内容、工作地点、工资、工作时间和社会保险。",
                            "ལས་ཀའི་ནང་དོན་དང་། ལས་ཀའི་ས་གནས། གླ་ཕོགས། ལས་ཚོད། སྤྱི་ཚོགས་འགན་ལེན་བཅས་"
                            "གསལ་པོར་ལྟ།",
                        ),
                        tr(
                            "合同一式两份，自己留一份。",
                            "ཆིངས་ཡིག་འདྲ་མཚུངས་གཉིས་བཟོས་ནས་གཅིག་རང་ཉིད་ཀྱིས་ཉར་ཚགས་བྱེད།",
                        ),
                    ]
                ],
            ),
            ("heading", tr("工资被拖欠时", "གླ་ཕོགས་འགྱངས་སྐབས།")),
            (
                "paragraph",
                [
                    tr(
                        "保留考勤记录、工资条和聊天记录，拨打12333或到劳动保障监察部门投诉。",
                        "ལས་ཞུགས་ཐོ་འགོད་དང་། གླ་ཕོགས་ཀྱི་ཤོག་བྱང་། གླེང་མོལ་ཟིན་ཐོ་བཅས་ཉར་ཚགས་བྱས་ནས། "
                        "12333 ལ་ཁ་པར་གཏོང་བའམ་ངལ་རྩོལ་འགན་ལེན་ལྟ་ཞིབ་ལས་ཁུངས་སུ་སྐྱོན་བརྗོད་བྱེད།",
                    ),
                ],
            ),
        ],
        "files": [
            {"name": "job-seeking-rights-handbook.pdf", "label": PDF_CHINESE},
            {"name": "job-seeking-rights-handbook-bo.txt", "label": TEXT_TIBETAN},
        ],
    },
    {
        "key": "bilingual-interview-phrases",
        "kind": ResourceKind.READING,
        "title": tr("藏汉双语面试常用语", "བོད་རྒྱ་སྐད་གཉིས་ཀྱི་ངོ་འཕྲད་དྲི་བར་སྤྱོད་སྲོལ་ཆེ་བའི་ཚིག"),
        "summary": tr(
            "自我介绍、说清经历、问工资和休息，面试时最常用的话，汉语藏语对照着学。",
            "རང་ངོ་སྤྲོད་དང་། ཉམས་མྱོང་གསལ་བཤད། གླ་ཕོགས་དང་ངལ་གསོའི་སྐོར་དྲི་བ་སོགས་ངོ་འཕྲད་དྲི་བའི་"
            "སྐབས་སྤྱོད་སྲོལ་ཆེ་བའི་ཚིག་རྣམས་རྒྱ་བོད་ཤན་སྦྱར་གྱིས་སློབ།",
        ),
        "publisher": CENTRE,
        "publication_date": datetime.date(2025, 11, 10),
        "groups": ["youth", "ethnic_minorities"],
        "body": [
            (
                "questions",
                [
                    (
                        tr("怎样做自我介绍？", "རང་ངོ་སྤྲོད་ཇི་ལྟར་བྱེད་དགོས་སམ།"),
                        [
                            tr(
                                "说清楚您的名字、家乡、做过什么工作、会什么手艺，一分钟以内。",
                                "ཁྱེད་ཀྱི་མིང་དང་། ཕ་ཡུལ། ལས་ཀ་གང་བྱས་པ། ལག་རྩལ་གང་ཤེས་པ་བཅས་སྐར་མ་གཅིག་གི་"
                                "ནང་གསལ་པོར་བཤད།",
                            )
                        ],
                    ),
                    (
                        tr("怎样问工资和休息？", "གླ་ཕོགས་དང་ངལ་གསོའི་སྐོར་ཇི་ལྟར་དྲི་དགོས་སམ།"),
                        [
                            tr(
                                "可以直接问：每月工资多少？什么时候发？每周休息几天？有没有社会保险？",
                                "ཐད་ཀར་དྲི་ཆོག ཟླ་རེར་གླ་ཕོགས་ག་ཚོད་ཡིན། ནམ་སྤྲོད་ཀྱི་ཡིན། གཟའ་འཁོར་རེར་"
                                "ངལ་གསོ་ཉིན་ག་ཚོད་ཡོད། སྤྱི་ཚོགས་འགན་ལེན་ཡོད་དམ།",
                            )
                        ],
                    ),
                ],
            ),
        ],
        "files": [],
    },
    {
        "key": "women-flexible-work-guide",
        "kind": ResourceKind.READING,
        "title": tr("女性灵活就业指南", "བུད་མེད་ཀྱི་ལས་ཞུགས་འགྱུར་བདེའི་ལམ་སྟོན།"),
        "summary": tr(
            "照顾家庭的同时也能挣钱：家政、手工编织、民宿服务和网上销售的入门办法。",
            "ཁྱིམ་ཚང་ལ་ལྟ་རྟོག་བྱེད་བཞིན་དུ་དངུལ་འཚོལ་ཐུབ། ཁྱིམ་ཚང་ཞབས་ཞུ་དང་། ལག་བཟོའི་འཐག་ལས། "
            "ཁྱིམ་ཚང་མགྲོན་ཁང་གི་ཞབས་ཞུ། དྲ་ཐོག་ཚོང་འཚོང་བཅས་ཀྱི་འགོ་འཛུགས་ཐབས་ལམ།",
        ),
        "publisher": CENTRE,
        "publication_date": datetime.date(2026, 4, 8),
        "groups": ["women"],
        "body": [
            (
                "paragraph",
                [
                    [
                        tr(
                            "家政和养老护理：参加短期培训取得证书后，可以按小时接单。",
                            "ཁྱིམ་ཚང་ཞབས་ཞུ་དང་རྒན་གསོ་ནད་གཡོག དུས་ཐུང་སྦྱོང་བརྡར་ལ་ཞུགས་ནས་ལག་ཁྱེར་ཐོབ་རྗེས། "
                            "ཆུ་ཚོད་ལྟར་ལས་ཀ་ལེན་ཆོག",
                        ),
                        tr(
                            "手工编织和藏式服饰：合作社统一接单、统一销售。",
                            "ལག་བཟོའི་འཐག་ལས་དང་བོད་ལུགས་གྱོན་ཆས། མཉམ་ལས་ཁང་གིས་ཚོང་ཐོ་མཉམ་ལེན་དང་ཚོང་འཚོང་"
                            "མཉམ་སྒྲིག་བྱེད།",
                        ),
                        tr(
                            "网上销售：用手机开网店，卖家乡的农牧特产。",
                            "དྲ་ཐོག་ཚོང་འཚོང་། ཁ་པར་བཀོལ་ནས་དྲ་ཐོག་ཚོང་ཁང་འབྱེད་པ་དང་ཕ་ཡུལ་གྱི་ཞིང་འབྲོག་"
                            "ཐོན་རྫས་འཚོང་།",
                        ),
                    ]
                ],
            ),
        ],
        "files": [],
    },
    {
        "key": "electrician-safety-video",
        "kind": ResourceKind.VIDEO,
        "title": tr(
            "电工安全操作入门（视频课）", "གློག་བཟོ་བའི་བདེ་འཇགས་བཀོལ་སྤྱོད་འགོ་འཛུགས།（བརྙན་ཟློས་སློབ་ཚན།）"
        ),
        "summary": tr(
            "十分钟学会停电、验电、挂牌上锁三步，给想考电工证的返乡农民工入门。",
            "སྐར་མ་བཅུའི་ནང་གློག་གཅོད་པ་དང་། གློག་ཞིབ་བཤེར་བྱེད་པ། བྱང་བུ་འཕྱང་ནས་ཟྭ་རྒྱག་པ་བཅས་གོམ་པ་"
            "གསུམ་སློབ་ཐུབ། གློག་བཟོ་བའི་ལག་ཁྱེར་ལེན་འདོད་པའི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པའི་འགོ་འཛུགས་སློབ་ཚན།",
        ),
        "publisher": CENTRE,
        "publication_date": datetime.date(2026, 2, 28),
        "groups": ["long_term_returnees", "youth"],
        "body": [
            (
                "paragraph",
                [
                    tr(
                        "本课程讲解低压电工作业最基本的安全步骤。学完后可以报名参加电工职业技能培训。",
                        "སློབ་ཚན་འདིར་གློག་ཤུགས་དམའ་བའི་གློག་ལས་ཀྱི་བདེ་འཇགས་གོམ་པ་གཞི་རྩ་ཤོས་འགྲེལ་བཤད་བྱས་ཡོད། "
                        "སྦྱངས་ཚར་རྗེས་གློག་བཟོ་བའི་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལ་མིང་འགོད་ཆོག",
                    ),
                ],
            ),
        ],
        "transcript": tr(
            "大家好，今天我们学习电工作业的三个安全步骤。\n"
            "第一步，停电。断开开关，确认这条线路已经没有电源。\n"
            "第二步，验电。用合格的验电笔在每一根线上检查，确认真的没有电。\n"
            "第三步，挂牌上锁。在开关上挂上“禁止合闸，有人工作”的牌子并上锁，钥匙自己保管。\n"
            "做完这三步，才可以开始工作。记住：没有验电，就当它有电。",
            "ཚང་མར་བཀྲ་ཤིས་བདེ་ལེགས། དེ་རིང་ང་ཚོས་གློག་ལས་ཀྱི་བདེ་འཇགས་གོམ་པ་གསུམ་སློབ་རྒྱུ་ཡིན།\n"
            "གོམ་པ་དང་པོ། གློག་གཅོད་པ། སྒོ་འབྱེད་བཅད་དེ་གློག་ལམ་འདིར་གློག་ཁུངས་མེད་པ་གཏན་འཁེལ་བྱེད།\n"
            "གོམ་པ་གཉིས་པ། གློག་ཞིབ་བཤེར། ཚད་ལྡན་གྱི་གློག་ཞིབ་སྨྱུ་གུས་སྐུད་པ་རེ་རེར་ཞིབ་བཤེར་བྱས་ནས་"
            "གློག་ངེས་པར་མེད་པ་གཏན་འཁེལ་བྱེད།\n"
            "གོམ་པ་གསུམ་པ། བྱང་བུ་འཕྱང་ནས་ཟྭ་རྒྱག་པ། སྒོ་འབྱེད་སྟེང་「གློག་མ་སྦྲེལ། མི་ལས་ཀ་བྱེད་བཞིན་ཡོད」"
            "ཅེས་པའི་བྱང་བུ་འཕྱང་ནས་ཟྭ་རྒྱག་སྟེ། ལྡེ་མིག་རང་ཉིད་ཀྱིས་ཉར།\n"
            "གོམ་པ་གསུམ་པོ་འདི་ལེགས་གྲུབ་རྗེས་ད་གཟོད་ལས་ཀ་འགོ་འཛུགས་ཆོག དྲན་པར་ཉོན། གློག་ཞིབ་བཤེར་"
            "མ་བྱས་ན་གློག་ཡོད་པ་ལྟར་བརྩི་དགོས།",
        ),
        "files": [],
    },
]


def load(demo):
    """The resource library page and its resources, with their files."""
    index = demo.page(
        demo.pages["home"],
        ResourceIndexPage,
        INDEX["key"],
        title=INDEX["title"],
        summary=INDEX["summary"],
        intro=rich_text(INDEX["intro"]),
    )
    groups = {group.code: group for group in TargetGroup.objects.all()}
    for spec in RESOURCES:
        documents = [
            block(
                "document",
                {"document": demo_document(demo, spec, item).pk, "label": item["label"]},
            )
            for item in spec["files"]
        ]
        demo.page(
            index,
            ResourcePage,
            spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            kind=spec["kind"],
            publisher=spec["publisher"],
            publication_date=spec["publication_date"],
            target_groups=[groups[code] for code in spec["groups"]],
            body=body_blocks(spec["body"]),
            documents=documents,
            transcript=spec.get("transcript", ""),
        )
    return index


# -- files -------------------------------------------------------------------------------------


def texts(spec, language):
    """The title and the texts of a resource's body, for its files, in `language`."""

    def say(text):
        return TIBETAN[text] if language == "bo" else text

    parts = [say(spec["summary"])]
    for block_type, value in spec["body"]:
        if block_type in ("heading", "notice"):
            parts.append(say(value))
        elif block_type == "paragraph":
            parts += [
                [say(t) for t in part] if isinstance(part, list) else say(part) for part in value
            ]
        elif block_type == "steps":
            parts += [f"{say(title)}：{say(text)}" for title, text in value]
        elif block_type == "questions":
            for question, answers in value:
                parts += [say(question)] + [say(answer) for answer in answers]
    return say(spec["title"]), parts


def demo_document(demo, spec, item):
    """The document `item` of resource `spec`: found again by its file name, else made."""
    Document = get_document_model()
    name = f"documents/demo/{item['name']}"
    document = Document.objects.filter(file=name).first()
    if document is not None:
        return document
    if not default_storage.exists(name):
        if item["name"].endswith(".pdf"):
            data = chinese_pdf(*texts(spec, "zh-hans"))
        else:
            data = tibetan_text(*texts(spec, "bo"))
        name = default_storage.save(name, ContentFile(data))
    with default_storage.open(name, "rb") as file:
        data = file.read()
    title = spec["title"] + ("（藏文）" if item["name"].endswith(".txt") else "")
    document = Document(title=title, file=name)
    document.file_size = len(data)
    document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    document.save()
    demo.created["documents"] += 1
    return document

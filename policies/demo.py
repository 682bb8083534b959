"""The demo content of the policy library (4.4.2(1)): categories, the library page and sixteen
policies at the three levels. See portal/demo.py for how demo content is built and translated.

The national policies are real documents, with their real titles, document numbers and dates;
their pages carry a plain-language digest, not the official text. The Tibet Autonomous Region
and Lhasa policies are invented for the demo: their summaries start with 示例 and their document
numbers contain 示例, so nobody mistakes them for real ones. The attachments are small PDF files
made here, labelled as demo files.
"""

from datetime import date, timedelta

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from policies.models import PolicyCategory, PolicyIndexPage, PolicyPage, today
from portal.demo import block, rich_text, tr
from portal.models import TargetGroup

CATEGORIES = [
    ("employment", tr("就业", "ལས་ཞུགས།")),
    ("entrepreneurship", tr("创业", "ལས་གཞི་གསར་འཛུགས།")),
    ("training-subsidies", tr("培训补贴", "སྦྱོང་བརྡར་ཕན་སྐྱོར།")),
    ("social-security", tr("社会保障", "སྤྱི་ཚོགས་འགན་ལེན།")),
    ("housing-household-registration", tr("住房和户籍", "སྡོད་ཁང་དང་ཐེམ་ཐོ།")),
    ("rights-protection", tr("权益保护", "ཐོབ་ཐང་སྲུང་སྐྱོབ།")),
]

LIBRARY = {
    "key": "policies",
    "title": tr("政策库", "སྲིད་ཇུས་མཛོད།"),
    "summary": tr(
        "国家、西藏自治区和拉萨市有关返乡农民工就业创业、培训补贴、社会保障和权益保护的政策，"
        "附通俗解读。",
        "རྒྱལ་ཁབ་དང་། བོད་རང་སྐྱོང་ལྗོངས། ལྷ་ས་གྲོང་ཁྱེར་བཅས་ཀྱི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པའི་"
        "ལས་ཞུགས་དང་ལས་གཞི་གསར་འཛུགས། སྦྱོང་བརྡར་ཕན་སྐྱོར། སྤྱི་ཚོགས་འགན་ལེན། ཐོབ་ཐང་སྲུང་སྐྱོབ་"
        "བཅས་དང་འབྲེལ་བའི་སྲིད་ཇུས་དང་དེའི་གོ་བདེའི་འགྲེལ་བཤད།",
    ),
    "intro": [
        tr(
            "用下面的筛选条件找到和您有关的政策。已失效的政策仍然保留，方便查阅，并标明“已失效”。"
            "看不懂的地方，可以预约职业指导人员当面讲解。",
            "གཤམ་གྱི་གདམ་གསེས་ཆ་རྐྱེན་བེད་སྤྱོད་ནས་ཁྱེད་དང་འབྲེལ་བའི་སྲིད་ཇུས་འཚོལ་རོགས། ནུས་མེད་དུ་"
            "གྱུར་བའི་སྲིད་ཇུས་རྣམས་ལྟ་ཀློག་ལ་སྟབས་བདེ་བའི་ཆེད་དུ་ཉར་ཚགས་བྱས་ཡོད་ཅིང་། "
            "“ནུས་མེད་དུ་གྱུར་ཟིན”ཞེས་མཚོན་ཡོད། གོ་དཀའ་བའི་ས་ཡོད་ན། ལས་རིགས་མཛུབ་སྟོན་མི་སྣར་"
            "དུས་ཚོད་སྔོན་འཁེལ་བྱས་ཏེ་ཐད་ཀར་འགྲེལ་བཤད་ཞུ་ཆོག",
        ),
    ],
}

# Texts several policies share.
DIGEST_NOTE = tr(
    "本页是要点摘录和通俗解读，不是官方全文。正式文本以发文机关公布的为准。",
    "ཤོག་ངོས་འདི་ནི་གནད་བསྡུས་དང་གོ་བདེའི་འགྲེལ་བཤད་ཡིན་པ་ལས་གཞུང་འབྲེལ་ཡིག་ཆ་ཆ་ཚང་མིན། "
    "ཡིག་ཆ་ཚད་ལྡན་ནི་ཡིག་ཆ་བཏོན་མཁན་ལས་ཁུངས་ཀྱིས་ཁྱབ་བསྒྲགས་བྱས་པ་ལ་གཞི་བཟུང་དགོས།",
)
EXAMPLE_NOTE = tr(
    "本政策是演示用的示例，文号和内容均为虚构，不是真实的政策文件。",
    "སྲིད་ཇུས་འདི་ནི་སྟོན་འཛུགས་ཆེད་ཀྱི་དཔེ་མཚོན་ཡིན་ཞིང་། ཡིག་ཨང་དང་ནང་དོན་ཚང་མ་བཟོ་བཅོས་ཡིན་པས་སྲིད་ཇུས་ཡིག་ཆ་དངོས་མིན།",
)
ATTACHMENT_LABEL = tr(
    "政策文件（演示用PDF，不是官方文本）",
    "སྲིད་ཇུས་ཡིག་ཆ།（སྟོན་འཛུགས་ཆེད་ཀྱི་PDF ཡིན་པ་ལས་གཞུང་འབྲེལ་ཡིག་ཆ་མིན།）",
)
HOW_TO_APPLY = tr(
    "申请时需要带身份证、培训合格证书和银行卡，到户籍所在地的县（区）人力资源社会保障部门办理。",
    "ཞུ་འབུལ་བྱེད་སྐབས་ཐོབ་ཐང་ལག་ཁྱེར་དང་། སྦྱོང་བརྡར་ཚད་ལོན་ལག་ཁྱེར། དངུལ་ཁང་ཁཱ་ཌ་བཅས་ཁྱེར་ནས་"
    "ཐེམ་ཐོ་ཡོད་སའི་རྫོང་（ཆུས）གི་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་སྡེ་ཁག་ཏུ་སྒྲུབ་དགོས།",
)

NPC = tr(
    "全国人民代表大会常务委员会",
    "རྒྱལ་ཡོངས་མི་དམངས་འཐུས་མི་ཚོགས་ཆེན་གྱི་རྒྱུན་ལས་ཨུ་ཡོན་ལྷན་ཁང་།",
)
STATE_COUNCIL = tr("国务院", "རྒྱལ་སྲིད་ཚོགས་ཚང་།")
STATE_COUNCIL_OFFICE = tr("国务院办公厅", "རྒྱལ་སྲིད་ཚོགས་ཚང་གི་ཡིག་ཚང་།")
TIBET_HRSS = tr(
    "西藏自治区人力资源和社会保障厅",
    "བོད་རང་སྐྱོང་ལྗོངས་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཐིང་།",
)
LHASA_HRSS = tr(
    "拉萨市人力资源和社会保障局",
    "ལྷ་ས་གྲོང་ཁྱེར་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།",
)
LHASA_GOVERNMENT = tr("拉萨市人民政府", "ལྷ་ས་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་།")
LHASA_GOVERNMENT_OFFICE = tr("拉萨市人民政府办公室", "ལྷ་ས་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་གི་ཡིག་ཚང་།")


def not_yet_in_force_dates():
    """Issued three weeks ago, in force from next New Year: not yet in force when loaded."""
    loaded = today()
    return loaded - timedelta(days=21), date(loaded.year + 1, 1, 1)


# Parents of links first: a policy's related policies are loaded before it.
POLICIES = [
    {
        "key": "labour-law",
        "level": "national",
        "title": tr("中华人民共和国劳动法", "ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ་ཀྱི་ངལ་རྩོལ་བཅའ་ཁྲིམས།"),
        "document_number": "中华人民共和国主席令第二十八号",
        "issuer": NPC,
        "dates": (date(1994, 7, 5), date(1995, 1, 1), None),
        "categories": ["employment", "rights-protection"],
        "groups": ["all"],
        "summary": tr(
            "劳动者享有平等就业、取得劳动报酬、休息休假、获得劳动安全卫生保护、接受职业技能培训和"
            "享受社会保险等权利。",
            "ངལ་རྩོལ་པར་ལས་ཞུགས་འདྲ་མཉམ་དང་། ངལ་རྩོལ་གླ་ཆ་ཐོབ་པ། ངལ་གསོ་དང་གུང་གསེང་། ངལ་རྩོལ་"
            "བདེ་འཇགས་དང་འཕྲོད་བསྟེན་གྱི་སྲུང་སྐྱོབ། ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལ་ཞུགས་པ། སྤྱི་ཚོགས་"
            "ཉེན་བཅོལ་ལ་ལོངས་སུ་སྤྱོད་པ་སོགས་ཀྱི་ཐོབ་ཐང་ཡོད།",
        ),
        "body": [
            DIGEST_NOTE,
            tr(
                "劳动法是劳动关系的基本法律，规定了劳动合同、工作时间和休息休假、工资、劳动安全卫生、"
                "女职工和未成年工特殊保护、职业培训、社会保险和劳动争议处理。",
                "ངལ་རྩོལ་བཅའ་ཁྲིམས་ནི་ངལ་རྩོལ་འབྲེལ་བའི་གཞི་རྩའི་བཅའ་ཁྲིམས་ཡིན་ཞིང་། ངལ་རྩོལ་ཆིངས་ཡིག་"
                "དང་། ལས་ཚོད་དང་ངལ་གསོ་གུང་གསེང་། གླ་ཕོགས། ངལ་རྩོལ་བདེ་འཇགས་དང་འཕྲོད་བསྟེན། བུད་མེད་"
                "ལས་བྱེད་པ་དང་ན་ཆུང་ལས་མིར་དམིགས་བསལ་སྲུང་སྐྱོབ། ལས་རིགས་སྦྱོང་བརྡར། སྤྱི་ཚོགས་ཉེན་བཅོལ། "
                "ངལ་རྩོལ་རྩོད་གཞི་ཐག་གཅོད་བཅས་གཏན་འཁེལ་བྱས་ཡོད།",
            ),
        ],
        "questions": [
            (
                tr(
                    "用人单位可以不签劳动合同吗？",
                    "ལས་བཀོལ་ལས་ཁུངས་ཀྱིས་ངལ་རྩོལ་ཆིངས་ཡིག་མི་འཇོག་ན་ཆོག་གམ།",
                ),
                tr(
                    "不可以。建立劳动关系应当订立劳动合同。没有签合同的，可以到服务站咨询或拨打12333。",
                    "མི་ཆོག ངལ་རྩོལ་འབྲེལ་བ་བཙུགས་ན་ངལ་རྩོལ་ཆིངས་ཡིག་འཇོག་དགོས། ཆིངས་ཡིག་བཞག་མེད་ན་"
                    "ཞབས་ཞུ་ས་ཚིགས་སུ་འདྲི་རྩད་བྱེད་པའམ་12333 ལ་ཁ་པར་གཏོང་ཆོག",
                ),
            ),
        ],
    },
    {
        "key": "employment-promotion-law",
        "level": "national",
        "title": tr(
            "中华人民共和国就业促进法",
            "ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ་ཀྱི་ལས་ཞུགས་སྐུལ་སློང་བཅའ་ཁྲིམས།",
        ),
        "document_number": "中华人民共和国主席令第七十号",
        "issuer": NPC,
        "dates": (date(2007, 8, 30), date(2008, 1, 1), None),
        "categories": ["employment", "rights-protection"],
        "groups": ["all", "women", "ethnic_minorities"],
        "summary": tr(
            "劳动者依法享有平等就业和自主择业的权利，不因民族、种族、性别、宗教信仰等不同而受歧视；"
            "进城就业的农村劳动者享有与城镇劳动者平等的劳动权利。",
            "ངལ་རྩོལ་པས་ཁྲིམས་ལྟར་ལས་ཞུགས་འདྲ་མཉམ་དང་རང་འདེམས་ལས་ཞུགས་ཀྱི་ཐོབ་ཐང་ལ་ལོངས་སུ་སྤྱོད་ཅིང་། "
            "མི་རིགས་དང་། རིགས་རྒྱུད། ཕོ་མོ། ཆོས་དད་སོགས་མི་འདྲ་བའི་རྒྱུ་མཚན་གྱིས་ཁྱད་གསོད་མི་ཐེབས། "
            "གྲོང་ཁྱེར་དུ་ལས་ཞུགས་བྱེད་པའི་ཞིང་འབྲོག་ངལ་རྩོལ་པར་གྲོང་རྡལ་ངལ་རྩོལ་པ་དང་འདྲ་མཉམ་གྱི་"
            "ངལ་རྩོལ་ཐོབ་ཐང་ཡོད།",
        ),
        "body": [
            DIGEST_NOTE,
            tr(
                "法律规定各级人民政府把扩大就业作为经济和社会发展的重要目标，提供免费的就业服务，"
                "对就业困难人员实行优先扶持和重点帮助。",
                "བཅའ་ཁྲིམས་ནང་རིམ་པ་ཁག་གི་མི་དམངས་སྲིད་གཞུང་གིས་ལས་ཞུགས་རྒྱ་བསྐྱེད་པ་དེ་དཔལ་འབྱོར་དང་"
                "སྤྱི་ཚོགས་འཕེལ་རྒྱས་ཀྱི་དམིགས་ཚད་གལ་ཆེན་དུ་བཟུང་སྟེ། རིན་མེད་ཀྱི་ལས་ཞུགས་ཞབས་ཞུ་མཁོ་སྤྲོད་"
                "བྱེད་པ་དང་། ལས་ཞུགས་དཀའ་ངལ་ཅན་གྱི་མི་སྣར་སྔོན་ལ་རྒྱབ་སྐྱོར་དང་གཙོ་གནད་རོགས་རམ་བྱེད་"
                "དགོས་པར་གཏན་འཁེལ་བྱས་ཡོད།",
            ),
        ],
        "questions": [
            (
                tr(
                    "招工时因为我是女性就不录用，合法吗？",
                    "ལས་མི་འདེམས་སྐབས་ང་བུད་མེད་ཡིན་པའི་རྒྱུ་མཚན་གྱིས་མི་ལེན་ན་ཁྲིམས་དང་མཐུན་ནམ།",
                ),
                tr(
                    "不合法。除国家规定不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女。"
                    "遇到这种情况可以投诉。",
                    "ཁྲིམས་དང་མི་མཐུན། རྒྱལ་ཁབ་ཀྱིས་བུད་མེད་ལ་མི་འཚམ་པར་གཏན་འཁེལ་བྱས་པའི་ལས་རིགས་སམ་"
                    "ལས་གནས་མ་གཏོགས། ཕོ་མོའི་རྒྱུ་མཚན་གྱིས་བུད་མེད་ལེན་རྒྱུ་ཁས་མི་ལེན་པ་བྱེད་མི་ཆོག "
                    "གནས་ཚུལ་འདི་འདྲ་བྱུང་ན་སྐྱོན་བརྗོད་བྱེད་ཆོག",
                ),
            ),
        ],
        "related": ["labour-law"],
    },
    {
        "key": "social-insurance-law",
        "level": "national",
        "title": tr(
            "中华人民共和国社会保险法",
            "ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ་ཀྱི་སྤྱི་ཚོགས་ཉེན་བཅོལ་བཅའ་ཁྲིམས།",
        ),
        "document_number": "中华人民共和国主席令第三十五号",
        "issuer": NPC,
        "dates": (date(2010, 10, 28), date(2011, 7, 1), None),
        "categories": ["social-security"],
        "groups": ["all", "long_term_returnees"],
        "summary": tr(
            "国家建立基本养老、基本医疗、工伤、失业、生育等社会保险制度。个人跨地区就业的，"
            "基本养老保险关系随本人转移，缴费年限累计计算。",
            "རྒྱལ་ཁབ་ཀྱིས་གཞི་རྩའི་རྒན་གསོ་དང་། གཞི་རྩའི་སྨན་བཅོས། ལས་རྨས། ལས་མེད། བུ་བཙའ་སོགས་ཀྱི་"
            "སྤྱི་ཚོགས་ཉེན་བཅོལ་ལམ་ལུགས་བཙུགས་ཡོད། མི་སྒེར་གྱིས་ས་ཁུལ་བརྒལ་ནས་ལས་ཞུགས་བྱེད་ན། "
            "གཞི་རྩའི་རྒན་གསོ་ཉེན་བཅོལ་གྱི་འབྲེལ་བ་རང་ཉིད་དང་མཉམ་དུ་སྤོ་སྒྱུར་བྱེད་ཅིང་། འབབ་དངུལ་"
            "སྤྲད་པའི་ལོ་གྲངས་བསྡོམས་ནས་རྩིས་རྒྱག",
        ),
        "body": [
            DIGEST_NOTE,
            tr(
                "在外地打工时交的养老保险和医疗保险，回到拉萨后可以办理转移接续，不会白交。"
                "具体办法请到服务站咨询。",
                "ཕྱི་ལུང་དུ་གླ་ལས་བྱེད་སྐབས་སྤྲད་པའི་རྒན་གསོ་ཉེན་བཅོལ་དང་སྨན་བཅོས་ཉེན་བཅོལ་གྱི་འབབ་དངུལ་"
                "ནི། ལྷ་སར་ལོག་རྗེས་སྤོ་སྒྱུར་མཐུད་སྦྲེལ་བྱེད་ཆོག་པས་སྟོང་ཟད་དུ་མི་འགྲོ། ཐབས་ལམ་ཞིབ་ཕྲ་"
                "ཞབས་ཞུ་ས་ཚིགས་སུ་འདྲི་རྩད་གནང་རོགས།",
            ),
        ],
    },
    {
        "key": "migrant-worker-services",
        "level": "national",
        "title": tr(
            "国务院关于进一步做好为农民工服务工作的意见",
            "རྒྱལ་སྲིད་ཚོགས་ཚང་གིས་ཞིང་པ་གླ་པར་ཞབས་ཞུ་སྒྲུབ་པའི་ལས་ཀ་སྔར་ལས་ལེགས་པོ་བྱེད་རྒྱུའི་སྐོར་གྱི་བསམ་འཆར།",
        ),
        "document_number": "国发〔2014〕40号",
        "issuer": STATE_COUNCIL,
        "dates": (date(2014, 9, 12), date(2014, 9, 12), None),
        "categories": ["employment", "social-security", "housing-household-registration"],
        "groups": ["all", "long_term_returnees"],
        "summary": tr(
            "着力稳定和扩大农民工就业创业，维护农民工劳动保障权益，推动农民工逐步实现平等享受"
            "城镇基本公共服务和在城镇落户。",
            "ཞིང་པ་གླ་པའི་ལས་ཞུགས་དང་ལས་གཞི་གསར་འཛུགས་བརྟན་པོ་དང་རྒྱ་ཆེ་རུ་གཏོང་བ་དང་། ཞིང་པ་གླ་པའི་"
            "ངལ་རྩོལ་འགན་ལེན་ཐོབ་ཐང་སྲུང་སྐྱོང་བྱེད་པ། ཞིང་པ་གླ་པས་རིམ་བཞིན་གྲོང་རྡལ་གྱི་གཞི་རྩའི་"
            "སྤྱི་པའི་ཞབས་ཞུ་ལ་འདྲ་མཉམ་ངང་ལོངས་སུ་སྤྱོད་པ་དང་གྲོང་རྡལ་དུ་ཐེམ་ཐོ་འཇོག་པར་སྐུལ་འདེད་བྱེད།",
        ),
        "body": [DIGEST_NOTE],
    },
    {
        "key": "return-entrepreneurship",
        "level": "national",
        "title": tr(
            "国务院办公厅关于支持农民工等人员返乡创业的意见",
            "རྒྱལ་སྲིད་ཚོགས་ཚང་གི་ཡིག་ཚང་གིས་ཞིང་པ་གླ་པ་སོགས་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་ནས་ལས་གཞི་གསར་འཛུགས་"
            "བྱེད་པར་རྒྱབ་སྐྱོར་བྱེད་རྒྱུའི་སྐོར་གྱི་བསམ་འཆར།",
        ),
        "document_number": "国办发〔2015〕47号",
        "issuer": STATE_COUNCIL_OFFICE,
        "dates": (date(2015, 6, 17), date(2015, 6, 17), None),
        "categories": ["entrepreneurship"],
        "groups": ["long_term_returnees", "youth"],
        "summary": tr(
            "支持农民工等人员返乡创业：降低创业门槛，落实税费减免和创业担保贷款等扶持政策，"
            "加强创业培训和创业服务。",
            "ཞིང་པ་གླ་པ་སོགས་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་ནས་ལས་གཞི་གསར་འཛུགས་བྱེད་པར་རྒྱབ་སྐྱོར་བྱེད། "
            "ལས་གཞི་གསར་འཛུགས་ཀྱི་ཐེམ་སྐས་དམའ་རུ་གཏོང་བ་"
            "དང་། ཁྲལ་འབབ་ཆག་ཡང་དང་ལས་གཞི་གསར་འཛུགས་ཁག་ཐེག་དངུལ་བུན་སོགས་ཀྱི་རྒྱབ་སྐྱོར་སྲིད་ཇུས་"
            "ལག་བསྟར་བྱེད་པ། ལས་གཞི་གསར་འཛུགས་སྦྱོང་བརྡར་དང་ཞབས་ཞུ་ཆེས་ལེགས་སུ་གཏོང་བ།",
        ),
        "body": [DIGEST_NOTE],
        "questions": [
            (
                tr(
                    "回乡开小店，能申请创业担保贷款吗？",
                    "ཕ་ཡུལ་དུ་ལོག་ནས་ཚོང་ཁང་ཆུང་ཆུང་ཞིག་འབྱེད་ན། ལས་གཞི་གསར་འཛུགས་ཁག་ཐེག་དངུལ་བུན་ཞུ་ཆོག་གམ།",
                ),
                tr(
                    "符合条件的返乡创业人员可以申请。申请条件和额度由当地规定，请带身份证和营业执照到"
                    "服务站咨询。",
                    "ཆ་རྐྱེན་དང་མཐུན་པའི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་ནས་ལས་གཞི་གསར་འཛུགས་བྱེད་མཁན་གྱིས་ཞུ་ཆོག "
                    "ཞུ་འབུལ་གྱི་ཆ་རྐྱེན་དང་དངུལ་འབོར་ས་གནས་ཀྱིས་གཏན་འཁེལ་བྱེད་པས། ཐོབ་ཐང་ལག་ཁྱེར་དང་"
                    "ཚོང་ལས་ལག་ཁྱེར་ཁྱེར་ནས་ཞབས་ཞུ་ས་ཚིགས་སུ་འདྲི་རྩད་གནང་རོགས།",
                ),
            ),
        ],
        "related": ["migrant-worker-services"],
    },
    {
        "key": "lifelong-skills-training",
        "level": "national",
        "title": tr(
            "国务院关于推行终身职业技能培训制度的意见",
            "རྒྱལ་སྲིད་ཚོགས་ཚང་གིས་མི་ཚེ་གང་བའི་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལམ་ལུགས་ལག་བསྟར་བྱེད་རྒྱུའི་སྐོར་གྱི་བསམ་འཆར།",
        ),
        "document_number": "国发〔2018〕11号",
        "issuer": STATE_COUNCIL,
        "dates": (date(2018, 5, 3), date(2018, 5, 3), None),
        "categories": ["training-subsidies"],
        "groups": ["all", "women", "youth"],
        "summary": tr(
            "面向城乡全体劳动者，贯穿学习和职业生涯全过程，提供职业技能培训；符合条件的劳动者"
            "参加培训，按规定给予职业培训补贴。",
            "གྲོང་གྲོང་གསེབ་ཀྱི་ངལ་རྩོལ་པ་ཡོངས་ལ་དམིགས་ནས། སློབ་སྦྱོང་དང་ལས་རིགས་མི་ཚེའི་བརྒྱུད་རིམ་"
            "ཧྲིལ་པོར་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་མཁོ་སྤྲོད་བྱེད། ཆ་རྐྱེན་དང་མཐུན་པའི་ངལ་རྩོལ་པ་སྦྱོང་"
            "བརྡར་ལ་ཞུགས་ན་སྒྲིག་སྲོལ་ལྟར་ལས་རིགས་སྦྱོང་བརྡར་ཕན་སྐྱོར་སྤྲོད།",
        ),
        "body": [
            DIGEST_NOTE,
            tr(
                "返乡农民工、农村妇女和青年都可以参加政府补贴的职业技能培训。培训合格取得证书的，"
                "按规定申领培训补贴。",
                "ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པ་དང་། གྲོང་གསེབ་བུད་མེད། ལང་ཚོ་ཚང་མས་སྲིད་གཞུང་གིས་"
                "ཕན་སྐྱོར་བྱེད་པའི་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལ་ཞུགས་ཆོག སྦྱོང་བརྡར་ཚད་ལོན་ཏེ་ལག་ཁྱེར་"
                "ཐོབ་ན་སྒྲིག་སྲོལ་ལྟར་སྦྱོང་བརྡར་ཕན་སྐྱོར་ཞུ་ཆོག",
            ),
        ],
        "questions": [
            (
                tr("参加培训要自己出钱吗？", "སྦྱོང་བརྡར་ལ་ཞུགས་ན་རང་གིས་དངུལ་སྤྲོད་དགོས་སམ།"),
                tr(
                    "政府组织的补贴性培训项目，符合条件的人员可以免费参加或者按规定领取补贴。"
                    "哪些项目有补贴，请到服务站查询。",
                    "སྲིད་གཞུང་གིས་སྒྲིག་འཛུགས་བྱས་པའི་ཕན་སྐྱོར་ཅན་གྱི་སྦྱོང་བརྡར་རྣམ་གྲངས་ལ། ཆ་རྐྱེན་དང་"
                    "མཐུན་པའི་མི་སྣས་རིན་མེད་དུ་ཞུགས་ཆོག་པའམ་སྒྲིག་སྲོལ་ལྟར་ཕན་སྐྱོར་ལེན་ཆོག རྣམ་གྲངས་"
                    "གང་ལ་ཕན་སྐྱོར་ཡོད་མེད་ཞབས་ཞུ་ས་ཚིགས་སུ་འཚོལ་ཞིབ་གནང་རོགས།",
                ),
            ),
        ],
        "attachment": True,
    },
    {
        "key": "skills-upgrading-2019-2021",
        "level": "national",
        "title": tr(
            "国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知",
            "རྒྱལ་སྲིད་ཚོགས་ཚང་གི་ཡིག་ཚང་གིས《ལས་རིགས་ལག་རྩལ་ཇེ་མཐོར་གཏོང་བའི་བྱ་འགུལ་ལས་འཆར།"
            "（2019—2021）》པར་སྐྲུན་བྱས་པའི་བརྡ་ཐོ།",
        ),
        "document_number": "国办发〔2019〕24号",
        "issuer": STATE_COUNCIL_OFFICE,
        "dates": (date(2019, 5, 18), date(2019, 5, 18), date(2021, 12, 31)),
        "categories": ["training-subsidies"],
        "groups": ["long_term_returnees", "women", "youth"],
        "summary": tr(
            "2019年至2021年开展职业技能提升行动，使用失业保险基金结余支持职业技能培训，对农民工等"
            "重点群体给予培训补贴。该方案的实施期已经结束。",
            "2019ལོ་ནས་2021ལོའི་བར་ལས་རིགས་ལག་རྩལ་ཇེ་མཐོར་གཏོང་བའི་བྱ་འགུལ་སྤེལ་ཏེ། ལས་མེད་ཉེན་"
            "བཅོལ་མ་དངུལ་གྱི་ལྷག་མ་བེད་སྤྱོད་ནས་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར་ལ་རྒྱབ་སྐྱོར་བྱས་པ་དང་། "
            "ཞིང་པ་གླ་པ་སོགས་གཙོ་གནད་མི་ཚོགས་ལ་སྦྱོང་བརྡར་ཕན་སྐྱོར་སྤྲད། ལས་འཆར་འདིའི་ལག་བསྟར་"
            "དུས་ཡུན་མཇུག་རྫོགས་ཟིན།",
        ),
        "body": [DIGEST_NOTE],
        "related": ["lifelong-skills-training"],
    },
    {
        "key": "wage-payment-regulations",
        "level": "national",
        "title": tr(
            "保障农民工工资支付条例",
            "ཞིང་པ་གླ་པའི་གླ་ཕོགས་སྤྲོད་རྒྱུར་ཁག་ཐེག་བྱེད་པའི་དོན་ཚན།",
        ),
        "document_number": "中华人民共和国国务院令第724号",
        "issuer": STATE_COUNCIL,
        "dates": (date(2019, 12, 30), date(2020, 5, 1), None),
        "categories": ["rights-protection"],
        "groups": ["all"],
        "summary": tr(
            "农民工有按时足额获得工资的权利。工资应当以货币形式，通过银行转账或者现金支付给农民工"
            "本人，不得以实物或者有价证券等其他形式替代。",
            "ཞིང་པ་གླ་པར་དུས་ཐོག་ཏུ་གླ་ཕོགས་ཆ་ཚང་ཐོབ་པའི་ཐོབ་ཐང་ཡོད། གླ་ཕོགས་ནི་དངུལ་ལོར་གྱི་རྣམ་པས་"
            "དངུལ་ཁང་བརྒྱུད་སྤྲོད་དམ་དངུལ་དངོས་ཐོག་ནས་ཞིང་པ་གླ་པ་རང་ཉིད་ལ་སྤྲོད་དགོས་ཤིང་། དངོས་ཟོག་"
            "གམ་རིན་ཐང་ཅན་གྱི་ཆ་འཛིན་ཡིག་ཆ་སོགས་ཀྱིས་ཚབ་བྱེད་མི་ཆོག",
        ),
        "body": [DIGEST_NOTE],
        "questions": [
            (
                tr("老板拖欠工资怎么办？", "བདག་པོས་གླ་ཕོགས་འགྱངས་ན་ཇི་ལྟར་བྱེད་དགོས།"),
                tr(
                    "可以拨打12333举报投诉，也可以到当地人力资源社会保障部门投诉。保留好考勤记录、"
                    "工资条和聊天记录等证据。",
                    "12333 ལ་ཁ་པར་བཏང་ནས་སྙན་ཞུ་དང་སྐྱོན་བརྗོད་བྱེད་ཆོག་ལ། ས་གནས་ཀྱི་མི་ཤུགས་ཐོན་ཁུངས་"
                    "དང་སྤྱི་ཚོགས་འགན་ལེན་སྡེ་ཁག་ལ་སྐྱོན་བརྗོད་ཀྱང་བྱེད་ཆོག ལས་ལ་ཞུགས་པའི་ཐོ་འགོད་དང་། གླ་ཕོགས་ཐོ་འཛིན། "
                    "གླེང་མོལ་ཟིན་ཐོ་སོགས་ཀྱི་དཔང་རྟགས་ལེགས་པོར་ཉར་ཚགས་བྱེད་རོགས།",
                ),
            ),
        ],
        "related": ["labour-law"],
    },
    {
        "key": "flexible-employment",
        "level": "national",
        "title": tr(
            "国务院办公厅关于支持多渠道灵活就业的意见",
            "རྒྱལ་སྲིད་ཚོགས་ཚང་གི་ཡིག་ཚང་གིས་ལམ་ཀ་སྣ་མང་ནས་འགུལ་སློག་ཅན་གྱི་ལས་ཞུགས་ལ་རྒྱབ་སྐྱོར་བྱེད་རྒྱུའི་སྐོར་གྱི་བསམ་འཆར།",
        ),
        "document_number": "国办发〔2020〕27号",
        "issuer": STATE_COUNCIL_OFFICE,
        "dates": (date(2020, 7, 28), date(2020, 7, 28), None),
        "categories": ["employment", "social-security"],
        "groups": ["all", "women", "youth"],
        "summary": tr(
            "鼓励个体经营，增加非全日制就业机会，支持发展新就业形态，并为灵活就业人员参加社会保险"
            "提供便利。",
            "སྒེར་དཔལ་ཚོང་ལས་ལ་སྐུལ་མ་གཏོང་བ་དང་། ཉིན་ཧྲིལ་མིན་པའི་ལས་ཞུགས་གོ་སྐབས་མང་དུ་གཏོང་བ། "
            "ལས་ཞུགས་ཀྱི་རྣམ་པ་གསར་པ་འཕེལ་རྒྱས་གཏོང་བར་རྒྱབ་སྐྱོར་བྱེད་པ། འགུལ་སློག་ཅན་གྱི་ལས་ཞུགས་"
            "མི་སྣ་སྤྱི་ཚོགས་ཉེན་བཅོལ་ལ་ཞུགས་པར་སྟབས་བདེ་མཁོ་སྤྲོད་བྱེད།",
        ),
        "body": [DIGEST_NOTE],
    },
    # -- Tibet Autonomous Region: examples ---------------------------------------------------
    {
        "key": "tibet-transfer-skills-subsidy",
        "level": "tibet",
        "title": tr(
            "西藏自治区农牧民转移就业技能培训补贴实施办法（示例）",
            "བོད་རང་སྐྱོང་ལྗོངས་ཀྱི་ཞིང་འབྲོག་པ་སྤོ་སྒྱུར་ལས་ཞུགས་ལག་རྩལ་སྦྱོང་བརྡར་ཕན་སྐྱོར་ལག་བསྟར་བྱ་ཐབས།（དཔེ་མཚོན།）",
        ),
        "document_number": "藏人社发〔2024〕示例1号",
        "issuer": TIBET_HRSS,
        "dates": (date(2024, 3, 1), date(2024, 4, 1), None),
        "categories": ["training-subsidies", "employment"],
        "groups": ["women", "youth", "long_term_returnees"],
        "summary": tr(
            "示例：农牧民和返乡农民工参加指定机构的职业技能培训，取得合格证书后按培训天数领取补贴；"
            "女性学员培训期间另有生活费补贴。",
            "དཔེ་མཚོན། ཞིང་འབྲོག་པ་དང་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པས་གཏན་འཁེལ་ལས་ཁུངས་ཀྱི་ལས་རིགས་"
            "ལག་རྩལ་སྦྱོང་བརྡར་ལ་ཞུགས་ཏེ་ཚད་ལོན་ལག་ཁྱེར་ཐོབ་རྗེས། སྦྱོང་བརྡར་ཉིན་གྲངས་ལྟར་ཕན་སྐྱོར་"
            "ལེན་ཆོག བུད་མེད་སློབ་མར་སྦྱོང་བརྡར་རིང་འཚོ་གྲོན་ཕན་སྐྱོར་ལོགས་སུ་ཡོད།",
        ),
        "body": [EXAMPLE_NOTE, HOW_TO_APPLY],
        "questions": [
            (
                tr("哪些人可以申请？", "སུས་ཞུ་ཆོག"),
                tr(
                    "示例：年满16周岁、有劳动能力和培训意愿的农牧民和返乡农民工。",
                    "དཔེ་མཚོན། ལོ་ན་16ལོན་པ་དང་། ངལ་རྩོལ་ནུས་པ་དང་སྦྱོང་བརྡར་འདོད་མོས་ཡོད་པའི་ཞིང་འབྲོག་པ་"
                    "དང་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པ།",
                ),
            ),
        ],
        "attachment": True,
        "related": ["lifelong-skills-training"],
    },
    {
        "key": "tibet-returning-youth-measures",
        "level": "tibet",
        "title": tr(
            "西藏自治区促进返乡青年就业创业若干措施（示例）",
            "བོད་རང་སྐྱོང་ལྗོངས་ཀྱིས་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ལང་ཚོའི་ལས་ཞུགས་དང་ལས་གཞི་གསར་འཛུགས་ལ་"
            "སྐུལ་འདེད་གཏོང་བའི་བྱ་ཐབས་ཁག་གཅིག（དཔེ་མཚོན།）",
        ),
        "document_number": "藏人社发〔2021〕示例5号",
        "issuer": TIBET_HRSS,
        "dates": (date(2021, 2, 1), date(2021, 2, 1), date(2023, 12, 31)),
        "categories": ["employment", "entrepreneurship"],
        "groups": ["youth"],
        "summary": tr(
            "示例：为返乡青年提供岗位推荐、创业培训和一次性创业补贴。本措施已于2023年底到期，仅供查阅。",
            "དཔེ་མཚོན། ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ལང་ཚོར་ལས་གནས་འོས་སྦྱོར་དང་། ལས་གཞི་གསར་འཛུགས་སྦྱོང་བརྡར། "
            "ཐེངས་གཅིག་གི་ལས་གཞི་གསར་འཛུགས་ཕན་སྐྱོར་བཅས་མཁོ་སྤྲོད་བྱེད། བྱ་ཐབས་འདི་2023ལོའི་ལོ་མཇུག་ཏུ་"
            "དུས་ཚོད་ཡོལ་ཟིན་པས་ལྟ་ཀློག་ཁོ་ནའི་ཆེད་དུ་ཡིན།",
        ),
        "body": [EXAMPLE_NOTE],
        "related": ["return-entrepreneurship"],
    },
    {
        "key": "tibet-guaranteed-loans",
        "level": "tibet",
        "title": tr(
            "西藏自治区返乡创业担保贷款实施办法（示例）",
            "བོད་རང་སྐྱོང་ལྗོངས་ཀྱི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་ནས་ལས་གཞི་གསར་འཛུགས་བྱེད་པའི་ཁག་ཐེག་དངུལ་བུན་"
            "ལག་བསྟར་བྱ་ཐབས།（དཔེ་མཚོན།）",
        ),
        "document_number": "藏人社发〔2020〕示例3号",
        "issuer": TIBET_HRSS,
        "dates": (date(2020, 6, 1), date(2020, 7, 1), date(2022, 12, 31)),
        "categories": ["entrepreneurship"],
        "groups": ["women", "long_term_returnees"],
        "summary": tr(
            "示例：返乡创业的农民工和妇女可以申请创业担保贷款，由财政按规定贴息。本办法已失效。",
            "དཔེ་མཚོན། ཕ་ཡུལ་དུ་ཕྱིར་ལོག་ནས་ལས་གཞི་གསར་འཛུགས་བྱེད་པའི་ཞིང་པ་གླ་པ་དང་བུད་མེད་ཀྱིས་ལས་"
            "གཞི་གསར་འཛུགས་ཁག་ཐེག་དངུལ་བུན་ཞུ་ཆོག་ཅིང་། དངུལ་བུན་སྐྱེད་ཀ་ནི་དངུལ་ཁུངས་ནས་སྒྲིག་སྲོལ་"
            "ལྟར་ཕན་སྐྱོར་བྱེད། བྱ་ཐབས་འདི་ནུས་མེད་དུ་གྱུར་ཟིན།",
        ),
        "body": [EXAMPLE_NOTE],
        "related": ["return-entrepreneurship"],
    },
    # -- Lhasa: examples ---------------------------------------------------------------------
    {
        "key": "lhasa-women-skills-subsidy",
        "level": "lhasa",
        "title": tr(
            "拉萨市返乡女性农民工技能培训补贴实施细则（示例）",
            "ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་བུད་མེད་ཞིང་པ་གླ་པའི་ལག་རྩལ་སྦྱོང་བརྡར་ཕན་སྐྱོར་"
            "ལག་བསྟར་ཞིབ་ཕྲའི་སྒྲིག་སྲོལ།（དཔེ་མཚོན།）",
        ),
        "document_number": "拉人社发〔2025〕示例2号",
        "issuer": LHASA_HRSS,
        "dates": (date(2025, 2, 10), date(2025, 3, 1), date(2030, 12, 31)),
        "categories": ["training-subsidies"],
        "groups": ["women", "ethnic_minorities"],
        "summary": tr(
            "示例：返乡女性农民工参加家政、餐饮、民族手工艺等培训，培训费用全额补贴；带孩子的学员"
            "可以选择就近的培训点和分段上课。",
            "དཔེ་མཚོན། ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་བུད་མེད་ཞིང་པ་གླ་པས་ཁྱིམ་ཞབས་དང་། ཟ་ཁང་། མི་རིགས་ལག་ཤེས་"
            "སོགས་ཀྱི་སྦྱོང་བརྡར་ལ་ཞུགས་ན་སྦྱོང་བརྡར་གྱི་འགྲོ་སོང་ཡོངས་རྫོགས་ཕན་སྐྱོར་བྱེད། ཕྲུ་གུ་"
            "འཚོ་སྐྱོང་བྱེད་བཞིན་པའི་སློབ་མས་ཉེ་འཁོར་གྱི་སྦྱོང་བརྡར་ས་ཚིགས་འདེམས་པ་དང་དུས་ཚིགས་སོ་སོར་"
            "སློབ་ཁྲིད་ལ་ཞུགས་ཆོག",
        ),
        "body": [EXAMPLE_NOTE, HOW_TO_APPLY],
        "questions": [
            (
                tr(
                    "培训期间孩子没人照看怎么办？",
                    "སྦྱོང་བརྡར་རིང་ཕྲུ་གུ་ལ་ལྟ་རྟོག་བྱེད་མཁན་མེད་ན་ཇི་ལྟར་བྱེད།",
                ),
                tr(
                    "示例：可以选择离家近的培训点，按上午或下午分段上课；部分培训点设有儿童看护角。",
                    "དཔེ་མཚོན། ཁྱིམ་དང་ཉེ་བའི་སྦྱོང་བརྡར་ས་ཚིགས་འདེམས་ཏེ་སྔ་དྲོའམ་ཕྱི་དྲོར་དུས་ཚིགས་"
                    "སོ་སོར་སློབ་ཁྲིད་ལ་ཞུགས་ཆོག སྦྱོང་བརྡར་ས་ཚིགས་ཁ་ཤས་སུ་བྱིས་པ་ལྟ་སྐྱོང་ས་ཡོད།",
                ),
            ),
        ],
        "attachment": True,
        "related": ["tibet-transfer-skills-subsidy", "lifelong-skills-training"],
    },
    {
        "key": "lhasa-housing-registration",
        "level": "lhasa",
        "title": tr(
            "拉萨市返乡农民工公共租赁住房和落户便利措施（示例）",
            "ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པར་སྤྱི་པའི་གླ་ཁང་དང་ཐེམ་ཐོ་འཇོག་པར་"
            "སྟབས་བདེ་བཟོ་བའི་བྱ་ཐབས།（དཔེ་མཚོན།）",
        ),
        "document_number": "拉政办发〔2022〕示例7号",
        "issuer": LHASA_GOVERNMENT_OFFICE,
        "dates": (date(2022, 7, 1), date(2022, 7, 1), date(2024, 6, 30)),
        "categories": ["housing-household-registration"],
        "groups": ["long_term_returnees", "all"],
        "summary": tr(
            "示例：在城区稳定就业的返乡农民工可以申请公共租赁住房，并可凭劳动合同在就业地办理落户。"
            "本措施已到期。",
            "དཔེ་མཚོན། གྲོང་ཁྱེར་ནང་ལས་ཞུགས་བརྟན་པོ་བྱེད་བཞིན་པའི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པས་"
            "སྤྱི་པའི་གླ་ཁང་ཞུ་ཆོག་ལ། ངལ་རྩོལ་ཆིངས་ཡིག་ལ་བརྟེན་ནས་ལས་ཞུགས་ས་གནས་སུ་ཐེམ་ཐོ་འཇོག་ཆོག "
            "བྱ་ཐབས་འདི་དུས་ཚོད་ཡོལ་ཟིན།",
        ),
        "body": [EXAMPLE_NOTE],
        "related": ["migrant-worker-services"],
    },
    {
        "key": "lhasa-entrepreneurship-support",
        "level": "lhasa",
        "title": tr(
            "拉萨市返乡农民工创业扶持办法（示例）",
            "ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པའི་ལས་གཞི་གསར་འཛུགས་ལ་རྒྱབ་སྐྱོར་བྱེད་པའི་བྱ་ཐབས།（དཔེ་མཚོན།）",
        ),
        "document_number": "拉政发〔2026〕示例1号",
        "issuer": LHASA_GOVERNMENT,
        "dates": None,  # not_yet_in_force_dates()
        "categories": ["entrepreneurship"],
        "groups": ["long_term_returnees", "youth", "women"],
        "summary": tr(
            "示例：返乡创业的农民工可以申请创业场地租金补贴和一次性开业补贴。本办法已经发布，"
            "但尚未施行。",
            "དཔེ་མཚོན། ཕ་ཡུལ་དུ་ཕྱིར་ལོག་ནས་ལས་གཞི་གསར་འཛུགས་བྱེད་པའི་ཞིང་པ་གླ་པས་ལས་གཞི་གསར་འཛུགས་"
            "ས་ཁང་གི་གླ་ཆའི་ཕན་སྐྱོར་དང་ཐེངས་གཅིག་གི་ཚོང་ཁང་སྒོ་འབྱེད་ཕན་སྐྱོར་ཞུ་ཆོག བྱ་ཐབས་འདི་ཁྱབ་"
            "བསྒྲགས་བྱས་ཟིན་ཀྱང་ད་དུང་ལག་བསྟར་བྱེད་འགོ་ཚུགས་མེད།",
        ),
        "body": [EXAMPLE_NOTE],
        "related": ["return-entrepreneurship"],
    },
    {
        "key": "lhasa-wage-arrears-complaints",
        "level": "lhasa",
        "title": tr(
            "拉萨市农民工欠薪投诉快速处理办法（示例）",
            "ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཞིང་པ་གླ་པའི་གླ་ཕོགས་འགྱངས་པའི་སྐྱོན་བརྗོད་མྱུར་དུ་ཐག་གཅོད་བྱེད་པའི་བྱ་ཐབས།（དཔེ་མཚོན།）",
        ),
        "document_number": "拉人社发〔2024〕示例9号",
        "issuer": LHASA_HRSS,
        "dates": (date(2024, 9, 1), date(2024, 10, 1), None),
        "categories": ["rights-protection"],
        "groups": ["all"],
        "summary": tr(
            "示例：农民工反映欠薪的，人力资源社会保障部门在受理后5个工作日内联系用人单位核实，"
            "并告知处理进展。",
            "དཔེ་མཚོན། ཞིང་པ་གླ་པས་གླ་ཕོགས་འགྱངས་པའི་གནས་ཚུལ་ཞུ་སྐབས། མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་"
            "འགན་ལེན་སྡེ་ཁག་གིས་ལེན་རྗེས་ལས་ཀའི་ཉིན་གྲངས་5ནང་ལས་བཀོལ་ལས་ཁུངས་དང་འབྲེལ་གཏུག་བྱས་ཏེ་"
            "ཞིབ་བཤེར་བྱེད་པ་དང་། ཐག་གཅོད་ཀྱི་འཕེལ་རིམ་བརྡ་ཁྱབ་བྱེད།",
        ),
        "body": [EXAMPLE_NOTE],
        "related": ["wage-payment-regulations"],
    },
]


def minimal_pdf(lines):
    """A small valid one-page PDF (PDF 1.4, Helvetica) showing `lines` of ASCII text."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 14 Tf 18 TL 72 770 Td\n"
    content += "".join(f"({escape(line)}) Tj T*\n" for line in lines) + "ET\n"
    stream = content.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def attachment(demo, spec):
    """The demo PDF of a policy as a Wagtail document: found again by its title, or made."""
    Document = get_document_model()
    title = f"{spec['title']}（演示附件）"
    document = Document.objects.filter(title=title).first()
    if document is None:
        pdf = minimal_pdf(
            [
                "Lhasa career guidance for returning migrant workers",
                "Demo attachment of the policy library.",
                f"Policy: {spec['key']}",
                "This file is not the official text of the policy.",
            ]
        )
        document = Document(title=title, file=ContentFile(pdf, name=f"{spec['key']}.pdf"))
        document._set_document_file_metadata()
        document.save()
        demo.created[Document._meta.label] += 1
        demo.note(f"Created document {title}.")
    return document


def load(demo):
    """The policy categories, the policy library under the home page, and its policies."""
    categories = {
        slug: demo.snippet(
            PolicyCategory,
            slug,
            lookup={"slug": slug},
            name=name,
            slug=slug,
            sort_order=number * 10,
        )
        for number, (slug, name) in enumerate(CATEGORIES, start=1)
    }
    library = demo.page(
        demo.pages["home"],
        PolicyIndexPage,
        LIBRARY["key"],
        title=LIBRARY["title"],
        summary=LIBRARY["summary"],
        intro=rich_text(LIBRARY["intro"]),
    )
    groups = {group.code: group for group in TargetGroup.objects.all()}
    for spec in POLICIES:
        issue_date, effective_date, expiry_date = spec["dates"] or (
            *not_yet_in_force_dates(),
            None,
        )
        attachments = []
        if spec.get("attachment"):
            document = attachment(demo, spec)
            attachments = [block("document", {"document": document.pk, "label": ATTACHMENT_LABEL})]
        demo.page(
            library,
            PolicyPage,
            spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            document_number=spec["document_number"],
            issuer=spec["issuer"],
            level=spec["level"],
            categories=[categories[slug] for slug in spec["categories"]],
            target_groups=[groups[code] for code in spec["groups"]],
            issue_date=issue_date,
            effective_date=effective_date,
            expiry_date=expiry_date,
            body=rich_text(spec["body"]),
            interpretation=[
                block("question", {"question": question, "answer": rich_text([answer])})
                for question, answer in spec.get("questions", [])
            ],
            attachments=attachments,
            related_policies=[
                block("policy", demo.pages[key].pk) for key in spec.get("related", [])
            ],
        )
    return library

"""Demo complaints (clause 7.3): eight invented complaints in every state and channel, in
Chinese and Tibetan, handled by a demo complaint officer of the guidance department.

Everyone here is fictional; phone numbers are in the 139 0000 9xxx block, apart from the demo
workers'. The steps are taken through complaints/transitions.py, dated back from today, without
text messages. A step that would need a holiday schedule not entered yet is left undone.
"""

import datetime

from django.contrib.auth.models import Group, User
from django.utils import timezone

from complaints.models import Channel, Complaint, ComplaintCategory, Department
from complaints.transitions import Refused, perform
from portal.crypto import lookup_hash
from portal.dates import lhasa_today
from staff.roles import COMPLAINT_OFFICERS

OFFICER = "demo-complaints-officer"
ANSWERS = {
    "zh-hans": "经核实，已对相关工作人员进行批评教育，并调整了窗口值班安排。感谢您的监督。",
    "bo": (
        "ཞིབ་བཤེར་བྱས་རྗེས་འབྲེལ་ཡོད་ལས་བྱེད་པར་སློབ་སྟོན་བྱས་ཤིང་། "
        "སྒེའུ་ཁུང་གི་ལས་ཀའི་བཀོད་སྒྲིག་ལ་ལེགས་བཅོས་བྱས་ཡོད། ཁྱེད་ཀྱི་ལྟ་རྟོག་ལ་ཐུགས་རྗེ་ཆེ།"
    ),
}
REASON = "该事项属于劳动合同纠纷，请向拉萨市劳动人事争议仲裁委员会申请仲裁。"
# (phone, category, channel, language, name, what happened, what is wanted, steps, days ago)
COMPLAINTS = [
    (
        "13900009001",
        "服务态度",
        Channel.ONLINE,
        "zh-hans",
        "王秀兰",
        "11月在城关区服务站咨询培训补贴时，窗口工作人员不耐烦，没有讲清楚。",
        "希望工作人员耐心解释政策。",
        [],
        1,
    ),
    (
        "13900009002",
        "预约与等候",
        Channel.ONLINE,
        "bo",
        "བསོད་ནམས་སྒྲོལ་མ།",
        "དུས་ཚོད་སྔོན་འཁེལ་བྱས་ཀྱང་ཞབས་ཞུ་ས་ཚིགས་སུ་ཆུ་ཚོད་གཉིས་སྒུག་དགོས་བྱུང་།",
        "སྔོན་འཁེལ་གྱི་དུས་ཚོད་ལྟར་ཞབས་ཞུ་ཞུ་རོགས།",
        [],
        2,
    ),
    (
        "13900009003",
        "岗位信息",
        Channel.PHONE,
        "zh-hans",
        "李建国",
        "网站上一家餐厅的招聘信息写包住，面试时说不包住。",
        "希望核实并更正岗位信息。",
        ["accept"],
        5,
    ),
    (
        "13900009004",
        "职业培训",
        Channel.LETTER,
        "bo",
        "ཚེ་རིང་དབང་འདུས།",
        "སྦྱོང་བརྡར་གྱི་བརྡ་ཐོ་རྒྱ་ཡིག་ཁོ་ནར་བྲིས་འདུག་པས་ང་ཚོས་གོ་མ་ཐུབ།",
        "རྗེས་སུ་བརྡ་ཐོ་བོད་ཡིག་ཐོག་ནས་ཀྱང་སྤེལ་རོགས།",
        ["accept", "investigate"],
        12,
    ),
    (
        "13900009005",
        "服务质量",
        Channel.ON_SITE,
        "zh-hans",
        "张丽",
        "职业指导员推荐的岗位与我的技能完全不符，已经推荐了三次。",
        "希望重新评估我的技能并推荐合适的岗位。",
        ["accept", "investigate"],
        30,
    ),
    (
        "13900009006",
        "个人信息保护",
        Channel.ONLINE,
        "zh-hans",
        "马福海",
        "我没有同意，却接到了培训机构的推销电话，对方知道我在服务站登记过。",
        "希望查明信息是怎么泄露的。",
        ["accept", "investigate", "answer"],
        25,
    ),
    (
        "13900009007",
        "服务态度",
        Channel.ON_SITE,
        "bo",
        "བཀྲ་ཤིས་ཆོས་སྒྲོན།",
        "སྒེའུ་ཁུང་གི་ལས་བྱེད་པས་ང་ལ་བོད་སྐད་ཤོད་མི་ཐུབ་ཟེར་ནས་རོགས་རམ་མ་བྱས།",
        "བོད་སྐད་ཤེས་པའི་ལས་བྱེད་པས་ཞབས་ཞུ་བྱེད་རོགས།",
        ["accept", "investigate", "answer", "close"],
        40,
    ),
    (
        "13900009008",
        "其他",
        Channel.LETTER,
        "zh-hans",
        "普布次仁",
        "工地老板拖欠我三个月工资。",
        "希望帮我要回工资。",
        ["reject"],
        8,
    ),
]


def load(demo):
    officer = demo_officer()
    today = lhasa_today()
    for phone, category, channel, language, name, happened, wanted, steps, days_ago in COMPLAINTS:
        if Complaint.objects.filter(phone_hash=lookup_hash("phone", phone)).exists():
            continue
        received = today - datetime.timedelta(days=days_ago)
        complaint = Complaint.objects.create(
            category=ComplaintCategory.objects.get(name_zh=category),
            channel=channel,
            language=language,
            name=name,
            phone=phone,
            what_happened=happened,
            wanted=wanted,
            received_at=timezone.now() - datetime.timedelta(days=days_ago),
            received_by=None if channel == Channel.ONLINE else officer,
        )
        for number, step in enumerate(steps):
            note = {"answer": ANSWERS[language], "reject": REASON}.get(step, "")
            day = min(received + datetime.timedelta(days=1 + 4 * number), today)
            try:
                complaint = perform(complaint, step, officer, note, today=day, notify=False)
            except Refused:
                break
        demo.created["complaints.Complaint"] += 1


def demo_officer():
    user, created = User.objects.get_or_create(username=OFFICER, defaults={"is_active": True})
    if created:
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=COMPLAINT_OFFICERS))
    for department in Department.objects.all():
        department.members.add(user)
    return user

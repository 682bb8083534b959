"""Demo ability assessments (clause 6.1.1): the first talk with 30 of the 40 demo workers, spread
over the last 18 months; the last ten registered recently and have not been assessed yet.

Scores and evidence follow each worker's skills, work history, Chinese and intention, as a
counsellor would note them. Everything is invented (see workers/demo.py). The assessor is the
worker's own counsellor; the "recorded" time is set back to the day of the assessment, so that
it can no longer be corrected, as with any assessment of an earlier day.
"""

from datetime import timedelta

from assessments.models import NextStep, StaffAssessment
from portal.dates import lhasa_today
from workers.demo import demo_workers, recorded_at

ASSESSED = range(30)

# skill → (skill score, what the worker showed, job fit score, how it fits the jobs in Lhasa)
SKILLS = {
    "会开小型货车": (
        3,
        "持C1驾驶证，在老家帮亲戚跑过短途运输，会开小型货车，还没有货运从业资格证。",
        4,
        "拉萨的物流和快递企业常年招驾驶员，考取从业资格证后与岗位匹配度高。",
    ),
    "藏式木工": (
        4,
        "跟村里的老木匠学过藏式木工，会做藏柜和门窗，能看简单的图样，没有证书。",
        3,
        "藏式家具和装修的活儿稳定，但多是零散活，需要找到固定的装修公司或合作社。",
    ),
    "藏餐和川菜": (
        4,
        "在餐馆后厨帮过工，会做藏面、炸土豆和几道川菜家常菜，没有厨师证。",
        4,
        "城关区和景区的餐馆常缺厨师，考取中式烹调师证后更好找工作。",
    ),
    "酥油茶和甜茶": (
        2,
        "会打酥油茶、煮甜茶，在亲戚的甜茶馆帮过忙，还没有其他职业技能。",
        3,
        "甜茶馆和餐厅服务员的岗位多，但工资偏低；学会一门手艺后选择更多。",
    ),
    "手工编织": (
        3,
        "会织卡垫和邦典，手工细致，用家里的织机接过零活。",
        3,
        "尼木等地的传统工艺企业招卡垫编织工，产品也可以通过网店卖。",
    ),
    "电焊入门": (
        2,
        "在工地上跟师傅学过电焊，能做简单的焊接，没有焊工证，不能独立上岗。",
        3,
        "建筑工地和工业园区要持证焊工，取得特种作业操作证后才能上岗。",
    ),
}

# intention → (willingness score, what the worker said, summary, recommended next step)
INTENTIONS = {
    "job": (
        5,
        "想尽快上班挣钱养家，愿意在拉萨市区或家附近工作，能接受倒班。",
        "就业意愿强，有一定工作经历，可以直接推荐岗位。",
        NextStep.JOB_MATCHING,
    ),
    "training": (
        4,
        "希望先学一门手艺、拿到证书再找工作，培训期间家里有人照顾老人和孩子。",
        "有学习意愿，缺少证书，先参加技能培训再推荐岗位。",
        NextStep.TRAINING,
    ),
    "business": (
        4,
        "想回乡自己开店或做小生意，已经和家人商量过，担心本钱不够、不懂办执照。",
        "有创业想法，需要先做市场调查、算清成本，再了解创业担保贷款。",
        NextStep.ENTREPRENEURSHIP,
    ),
    "undecided": (
        2,
        "刚回乡不久，还没想好做什么；家里有农活，暂时不想去离家太远的地方。",
        "方向还不清楚，先一起写职业规划，了解本地产业和岗位。",
        NextStep.CAREER_PLAN,
    ),
}


def assessed_on(number, today):
    """The day of worker `number`'s assessment: the first 540 days ago, the last 47."""
    return today - timedelta(days=540 - 17 * number)


def load(demo):
    today = lhasa_today()
    workers = demo_workers()
    for number in ASSESSED:
        worker = workers.get(number)
        if worker is None or worker.assessments.exists():
            continue
        day = assessed_on(number, today)
        assessment = StaffAssessment(worker=worker, assessed_on=day, assessor=worker.counsellor)
        score(assessment, worker)
        demo.full_clean(assessment)
        assessment.save()
        StaffAssessment.objects.filter(pk=assessment.pk).update(created_at=recorded_at(day))
        demo.created["assessments.StaffAssessment"] += 1


def score(assessment, worker):
    """Fill the scores and evidence from what the worker record says."""
    skill, skill_evidence, fit, fit_evidence = SKILLS.get(worker.skills, SKILLS["酥油茶和甜茶"])
    willingness, willingness_evidence, summary, next_step = INTENTIONS[worker.intention]
    history = [
        f"曾在{job.place}做{job.work}{job.years.normalize()}年。"
        for job in worker.work_history.all()
    ]
    if any(job.years >= 6 for job in worker.work_history.all()):
        skill += 1  # long years of work: steady and used to a workplace
    if worker.chinese == "none":
        fit -= 1
        fit_evidence += "不会说汉语，适合藏语为主的工作环境，可以参加国家通用语言培训。"
    if worker.age() >= 45 and worker.intention == "job":
        willingness -= 1
        willingness_evidence += "年纪大了，希望活儿不要太重。"
    assessment.skill_score = min(skill, 5)
    assessment.skill_evidence = skill_evidence + "".join(history)
    assessment.willingness_score = willingness
    assessment.willingness_evidence = willingness_evidence
    assessment.fit_score = max(fit, 1)
    assessment.fit_evidence = fit_evidence
    assessment.summary = summary
    assessment.next_step = next_step

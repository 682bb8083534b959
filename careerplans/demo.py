"""Demo career plans (clauses 6.1.2, 6.1.3): written with 20 of the assessed demo workers a week
after their assessment; five were changed later by a second version with its reason, and most
versions were handed over, on paper or electronically.

Steps are dated from the day of their version. Those due before today are done (the undecided
workers' visit was dropped), the next one is under way; a replaced version keeps the statuses it
had on the day it was replaced, and its successor keeps the steps done and drops the others for
its new step. Everything is invented (see workers/demo.py); the author is the worker's own
counsellor, and the "written" time is set back to the day of the version."""

from datetime import timedelta

from assessments.demo import assessed_on
from careerplans.models import (
    ActionStep,
    CareerPlan,
    DeliveryChannel,
    PlanDelivery,
    PlanVersion,
    StepStatus,
)
from portal.dates import lhasa_today
from workers.demo import demo_workers, recorded_at

PLANNED = range(20)
NOT_DELIVERED = {5, 11, 17}
DAYS_AFTER_ASSESSMENT = 7

# skill → (the work it leads to, the certificate to aim for, the local industry)
SKILLS = {
    "会开小型货车": (
        "货车驾驶",
        "道路货物运输从业资格证",
        "拉萨的物流园区和快递企业需要持证驾驶员，堆龙德庆区的物流企业最多。",
    ),
    "藏式木工": (
        "藏式木工或室内装修",
        "木工职业技能等级证书（五级）",
        "藏式家具和民宿装修的需求在增加，城关区和达孜区有家具厂和装修队。",
    ),
    "藏餐和川菜": (
        "餐馆厨师",
        "中式烹调师职业技能等级证书（五级）",
        "旅游旺季拉萨的餐馆和酒店缺厨师，当雄县纳木错景区周边旺季用工多。",
    ),
    "酥油茶和甜茶": (
        "餐厅或酒店服务",
        "家政服务员职业技能等级证书（五级）",
        "甜茶馆、餐厅、酒店和家政服务在拉萨需求大，上岗门槛较低。",
    ),
    "手工编织": (
        "手工编织",
        "电子商务师职业技能等级证书（五级）",
        "尼木县和堆龙德庆区的民族手工艺企业收购卡垫和邦典，也招编织工。",
    ),
    "电焊入门": (
        "电焊或电工",
        "电工特种作业操作证",
        "达孜工业园区和各县的建筑工地需要持证焊工和电工。",
    ),
}

# intention → (how the worker sees themselves, goal, path, [(step, days after the version)])
INTENTIONS = {
    "job": (
        "我能吃苦，想找一份稳定、离家不太远的工作。",
        "半年内在拉萨找到{work}的稳定工作，月收入{wage}元左右。",
        "先参加岗位推荐会，再准备简历和面试；上岗后坚持干满一年，积累经验。",
        [
            ("到服务站参加岗位推荐会", 20),
            ("准备简历，参加至少两场面试", 45),
            ("上岗后按时接受跟踪回访", 120),
        ],
    ),
    "training": (
        "我学东西比较快，但没有证书，找工作时总被问有没有证。",
        "半年内取得{certificate}，之后在本地从事{work}。",
        "先报名参加培训，按时上课并通过考核；拿到证书后参加岗位推荐。",
        [
            ("报名参加技能培训", 20),
            ("完成培训并参加考核", 110),
            ("取得证书后参加岗位推荐", 150),
        ],
    ),
    "business": (
        "我做事有主见，想自己当老板，但对记账和办营业执照不太懂。",
        "两年内在家乡开一家与{work}有关的小店，先从小规模做起。",
        "先做市场调查、参加创业培训，再和职业指导员一起写经营计划，了解创业担保贷款。",
        [
            ("走访同类店铺和顾客，做一次市场调查", 30),
            ("参加创业培训，学习记账和办理营业执照", 75),
            ("和职业指导员一起写经营计划", 120),
        ],
    ),
    "undecided": (
        "我还不清楚自己适合做什么，家里农忙时需要人手。",
        "先在家附近找一份灵活的工作，半年内想清楚长期方向。",
        "先了解本地的企业和培训，再做职业兴趣测评，下次面谈时确定方向。",
        [
            ("参观一家本地企业或培训机构", 30),
            ("做一次职业兴趣测评", 45),
            ("下一次面谈时确定方向", 90),
        ],
    ),
}

# The plans changed later: worker → (days after the first version, reason, new goal, new step)
CHANGES = {
    0: (
        120,
        "母亲生病需要照顾，不能去离家远的地方工作，目标改为在本县就近就业。",
        "在本县找一份餐厅或甜茶馆的工作，方便照顾家里。",
        "请职业指导员推荐本县的岗位",
    ),
    4: (
        100,
        "参观培训机构后，想先学一门手艺，目标改为参加家政服务培训。",
        "半年内取得家政服务员职业技能等级证书（五级），在拉萨市区就业。",
        "报名参加家政服务员培训",
    ),
    8: (
        110,
        "市场调查发现附近已有两家同类店铺，决定先去企业干一年积累经验，再考虑创业。",
        "先在工业园区找一份电焊工作，积累经验和本钱，一年后再看创业条件。",
        "参加电焊岗位的面试",
    ),
    12: (
        90,
        "孩子上学要接送，平日的培训班上不了，改为等周末班开课，先在家附近打零工。",
        "一年内取得道路货物运输从业资格证，到物流企业当驾驶员。",
        "找一家资质有效、开周末班的培训机构报名",
    ),
    16: (
        130,
        "编织合作社提高了收购价，决定在家附近接编织订单，同时学习网上销售。",
        "在家附近从事手工编织，通过网店每月多卖十件卡垫。",
        "参加电子商务培训，开一家网店",
    ),
}


def load(demo):
    today = lhasa_today()
    workers = demo_workers()
    for number in PLANNED:
        worker = workers.get(number)
        if worker is None or worker.career_plans.exists():
            continue
        day = assessed_on(number, today) + timedelta(days=DAYS_AFTER_ASSESSMENT)
        plan = CareerPlan.objects.create(worker=worker)
        CareerPlan.objects.filter(pk=plan.pk).update(created_at=recorded_at(day))
        demo.created["careerplans.CareerPlan"] += 1
        change = CHANGES.get(number)
        later = day + timedelta(days=change[0]) if change else None
        # A replaced version stays as it was on the day it was replaced.
        version = first_version(plan, worker, day, later or today)
        save_version(demo, version, day)
        deliver(demo, version, number, day)
        if change:
            _days_later, reason, goal, step = change
            changed = version.copy()
            changed.author = worker.counsellor
            changed.reason_for_change = reason
            changed.employment_goal = goal
            changed.development_path = f"{step}；{version.development_path}"
            due = later + timedelta(days=30)
            # The steps done before the change are kept; the rest gave way to the new step.
            changed.steps = [
                *(
                    ActionStep(what=old.what, due_on=old.due_on, status=kept(old.status))
                    for old in changed.steps.all()
                ),
                ActionStep(what=step, due_on=due, status=status_of(due, today, True)),
            ]
            save_version(demo, changed, later)
            deliver(demo, changed, number, later)


def kept(status):
    return StepStatus.DONE if status == StepStatus.DONE else StepStatus.DROPPED


def first_version(plan, worker, day, as_of):
    """Version 1 from the worker's skills and intention, its steps' statuses as of `as_of`."""
    work, certificate, industry = SKILLS.get(worker.skills, SKILLS["酥油茶和甜茶"])
    view, goal, path, steps = INTENTIONS[worker.intention]
    history = "".join(f"以前在{job.place}做过{job.work}。" for job in worker.work_history.all())
    version = PlanVersion(
        plan=plan,
        worker=worker,
        author=worker.counsellor,
        self_awareness=f"我会{worker.skills}。{history}{view}",
        local_industry=industry,
        employment_goal=goal.format(
            work=work, certificate=certificate, wage=worker.preferred_wage or 4000
        ),
        development_path=path,
    )
    pending_seen = False
    planned = []
    for what, days in steps:
        due = day + timedelta(days=days)
        status = status_of(due, as_of, first_pending=not pending_seen)
        pending_seen = pending_seen or due >= as_of
        if status == StepStatus.DONE and worker.intention == "undecided" and days == 30:
            status = StepStatus.DROPPED  # the visit did not happen; the talk went on anyway
        planned.append(ActionStep(what=what, due_on=due, status=status))
    version.steps = planned
    return version


def status_of(due, today, first_pending):
    """Done when due before today; the next step under way, the ones after it planned."""
    if due < today:
        return StepStatus.DONE
    return StepStatus.IN_PROGRESS if first_pending else StepStatus.PLANNED


def save_version(demo, version, day):
    demo.full_clean(version)
    version.save()
    PlanVersion.objects.filter(pk=version.pk).update(created_at=recorded_at(day))
    demo.created["careerplans.PlanVersion"] += 1


def deliver(demo, version, number, day):
    if number in NOT_DELIVERED:
        return
    how = DeliveryChannel.ELECTRONIC if number % 3 == 0 else DeliveryChannel.PRINTED
    PlanDelivery.objects.create(
        version=version, delivered_on=day, how=how, delivered_by=version.author
    )
    demo.created["careerplans.PlanDelivery"] += 1

"""Demo training records (clauses 6.2.1–6.2.3): training plans for 15 demo workers and their
enrolments in the demo catalogue's courses (training/demo.py). Most completed an earlier run of
their course and hold its certificate, one dropped out, two are on the bricklaying course that
started a few days ago (with progress notes), two wait for their course to start, and one plan
waits for a course at a qualified institution.

Every enrolment is checked by the model's own rule: its course's institution was qualified on
the enrolment date (a truck-driving enrolment of a year ago is at the institution whose licence
has lapsed since). Everything is invented (see workers/demo.py); the worker's counsellor records
them. Certificate numbers start with 示例 ("example").
"""

from datetime import timedelta

from portal.dates import lhasa_today
from portal.demo import demo_key
from training.models import CoursePage
from training.records.models import Enrolment, EnrolmentStatus, ProgressNote, TrainingPlan
from workers.demo import demo_workers

PLAN_DAYS_BEFORE_ENROLMENT = 14

# course → (training need, goal, certificate obtained on completion)
COURSES = {
    "electrician": (
        "会一点电焊，但没有特种作业操作证，工地和工业园区不能安排独立上岗。",
        "取得电工特种作业操作证，到工业园区或工地做电工。",
        "电工特种作业操作证（低压电工作业）",
    ),
    "e-commerce": (
        "会手工编织，但不会拍照、开网店，产品只能卖给上门收购的人。",
        "学会开网店和发快递，把卡垫、邦典卖到区外。",
        "电子商务师职业技能等级证书（五级）",
    ),
    "domestic-service": (
        "没有一技之长，想做家政，但不了解家政服务的规范和安全知识。",
        "取得家政服务员证书，到拉萨市区的家政公司就业。",
        "家政服务员职业技能等级证书（五级）",
    ),
    "chinese-cooking": (
        "会做家常菜，但不会成本核算和后厨卫生规范，没有厨师证。",
        "取得中式烹调师证书，到餐馆或酒店后厨工作。",
        "中式烹调师职业技能等级证书（五级）",
    ),
    "truck-driving": (
        "有驾驶证，缺少货运从业资格证，物流企业不能录用。",
        "取得道路货物运输从业资格证，到物流企业当驾驶员。",
        "道路货物运输驾驶员从业资格证",
    ),
    "tour-guide": (
        "藏汉双语都能说，但不熟悉景点讲解和旅游法规。",
        "通过导游培训，旺季在景区做讲解员。",
        "",
    ),
    "bricklayer": (
        "在工地干过零活，没有系统学过砌筑，只能做小工。",
        "学会砌筑，取得证书后当大工，工资更高。",
        "",
    ),
    "thangka-painting": (
        "会藏式木工，对绘画有兴趣，想学唐卡绘画的基本功。",
        "学好唐卡绘画基础，到唐卡画坊做学徒。",
        "",
    ),
}

# worker → (course, enrolled days ago, result, days ago it ended, notes: [(days ago, note)])
ENROLMENTS = {
    1: (
        "electrician",
        480,
        EnrolmentStatus.COMPLETED,
        420,
        [(450, "理论课全部到课，实操进步快。")],
    ),
    2: (
        "e-commerce",
        470,
        EnrolmentStatus.COMPLETED,
        440,
        [(455, "已在网上开店，上架了三款卡垫。")],
    ),
    4: ("domestic-service", 350, EnrolmentStatus.COMPLETED, 320, []),
    6: ("chinese-cooking", 400, EnrolmentStatus.COMPLETED, 370, [(385, "刀工考核通过。")]),
    7: ("truck-driving", 400, EnrolmentStatus.COMPLETED, 340, [(370, "理论考试一次通过。")]),
    11: ("electrician", 320, EnrolmentStatus.COMPLETED, 260, []),
    14: (
        "tour-guide",
        250,
        EnrolmentStatus.DROPPED,
        235,
        [(243, "缺课两次，电话了解到家里牧场缺人手。")],
    ),
    15: ("chinese-cooking", 230, EnrolmentStatus.COMPLETED, 200, [(215, "藏餐实操考核优秀。")]),
    16: ("e-commerce", 120, EnrolmentStatus.COMPLETED, 85, []),
    26: (
        "electrician",
        80,
        EnrolmentStatus.COMPLETED,
        30,
        [(55, "年纪偏大，理论课请同学帮忙复习。")],
    ),
    9: (
        "bricklayer",
        12,
        EnrolmentStatus.ENROLLED,
        None,
        [(4, "第一周按时到课，砌筑基本功跟得上。"), (1, "实操时腰疼请了半天假，已提醒注意休息。")],
    ),
    17: (
        "bricklayer",
        12,
        EnrolmentStatus.ENROLLED,
        None,
        [(3, "木工底子好，看图和放线学得快，老师让他带两名同学。")],
    ),
    22: ("chinese-cooking", 5, EnrolmentStatus.ENROLLED, None, [(2, "报名材料已交齐，等待开课。")]),
    27: ("thangka-painting", 3, EnrolmentStatus.ENROLLED, None, []),
}
DROPPED_REASON = "家里牦牛产仔缺人手，每天往返县城上课太远，坚持两周后退出；想明年再报。"
# A plan without an enrolment: the only institution with a truck-driving course has lost its
# licence since, so the worker waits for a qualified one.
WAITING = {12: ("truck-driving", 30)}


def load(demo):
    today = lhasa_today()
    workers = demo_workers()
    courses = {
        key: CoursePage.objects.get(translation_key=demo_key("page", key), locale=demo.zh)
        for key in COURSES
    }
    for number, (key, enrolled_ago, status, ended_ago, notes) in ENROLMENTS.items():
        worker = workers.get(number)
        if worker is None or worker.training_plans.exists():
            continue
        course = courses[key]
        enrolled_on = today - timedelta(days=enrolled_ago)
        plan = training_plan(
            demo, worker, key, course, enrolled_on - timedelta(days=PLAN_DAYS_BEFORE_ENROLMENT)
        )
        enrolment = Enrolment(
            worker=worker,
            course=course,
            plan=plan,
            enrolled_on=enrolled_on,
            status=status,
            recorded_by=worker.counsellor,
        )
        if status == EnrolmentStatus.COMPLETED:
            enrolment.completed_on = today - timedelta(days=ended_ago)
            enrolment.certificate_name = COURSES[key][2]
            enrolment.certificate_number = f"示例-{enrolment.completed_on:%Y}-{5400 + number:04d}"
        elif status == EnrolmentStatus.DROPPED:
            enrolment.dropped_on = today - timedelta(days=ended_ago)
            enrolment.dropped_reason = DROPPED_REASON
        enrolment.progress_notes = [
            ProgressNote(date=today - timedelta(days=ago), note=note, by=worker.counsellor)
            for ago, note in notes
        ]
        demo.full_clean(enrolment)
        enrolment.save()
        demo.created["training.Enrolment"] += 1
    for number, (key, identified_ago) in WAITING.items():
        worker = workers.get(number)
        if worker is not None and not worker.training_plans.exists():
            identified_on = today - timedelta(days=identified_ago)
            training_plan(demo, worker, key, courses[key], identified_on)


def training_plan(demo, worker, key, course, identified_on):
    need, goal, _certificate = COURSES[key]
    plan = TrainingPlan(
        worker=worker,
        need=need,
        occupation=course.occupation,
        identified_on=identified_on,
        goal=goal,
        recorded_by=worker.counsellor,
    )
    demo.full_clean(plan)
    plan.save()
    demo.created["training.TrainingPlan"] += 1
    return plan

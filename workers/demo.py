"""Demo workers: 40 invented people across every district and county and every target group
of clause 5.1, each with consent, work history and a responsible demo counsellor.

Everyone here is fictional: names are common Tibetan and Chinese given names paired at random,
ID numbers are made with valid check characters for birth dates and sequences that were chosen,
not looked up, and phone numbers are in the 139 0000 block. The demo counsellors have no usable
password: they own caseloads, and the administrator (a superuser) sees them all.

Their histories come from each app's own demo module, listed after this one in LOADERS
(assessments, career plans, training records, placements, interviews, business projects); those
find the workers with `demo_workers`.
"""

import datetime
import random

from django.contrib.auth.models import Group, User

from home.models import ServiceCentre
from portal.dates import LHASA, lhasa_today
from portal.idcard import check_character
from regions.models import Township
from staff.models import StaffProfile
from staff.roles import COUNSELLORS
from workers.models import Consent, Worker, WorkHistory

# Registration codes of Lhasa's districts and counties (GB/T 2260).
REGISTRATION = {
    "chengguan": "540102",
    "duilongdeqing": "540103",
    "dazi": "540104",
    "linzhou": "540121",
    "dangxiong": "540122",
    "nimu": "540123",
    "qushui": "540124",
    "mozhugongka": "540127",
}
# username: (the name documents show, the district or county of their service centre)
COUNSELLOR_CENTRES = {
    "demo-counsellor-dolma": ("卓玛（示例）", "chengguan"),
    "demo-counsellor-tashi": ("扎西（示例）", "dazi"),
    "demo-counsellor-lhamo": ("拉姆（示例）", "qushui"),
    "demo-counsellor-wangdui": ("旺堆（示例）", "linzhou"),
}
FAMILY = ["次仁", "扎西", "格桑", "平措", "索朗", "达瓦", "尼玛", "旺堆", "普布", "边巴"]
WOMEN = ["卓玛", "央金", "德吉", "拉姆", "曲珍", "白珍", "卓嘎", "仁增", "玉珍", "益西"]
MEN = ["多吉", "顿珠", "罗布", "强巴", "次旦", "加措", "米玛", "桑珠", "洛桑", "贡布"]
HAN_NAMES = [("王", "建军"), ("李", "志强"), ("马", "福海"), ("张", "伟")]  # men: odd numbers
PLACES = ["成都", "西宁", "日喀则", "林芝", "广州", "拉萨"]
WORK = ["建筑工地钢筋工", "餐馆服务员", "货车司机", "酒店客房服务员", "唐卡画坊学徒", "快递分拣"]
SKILLS = ["会开小型货车", "藏式木工", "藏餐和川菜", "酥油茶和甜茶", "手工编织", "电焊入门"]
DEMO_PHONE_BLOCK = "1390000"


def load(demo):
    rng = random.Random(66)  # noqa: S311 (invented data, not secrets)
    counsellors = demo_counsellors()
    townships = {
        area: list(Township.objects.filter(area__code=area).order_by("code"))
        for area in REGISTRATION
    }
    today = lhasa_today()
    for number in range(40):
        phone = f"{DEMO_PHONE_BLOCK}{number:04d}"
        if Worker.objects.with_phone(phone).exists():
            continue
        area = list(REGISTRATION)[number % len(REGISTRATION)]  # five in each district and county
        worker = demo_worker(number, rng.choice(townships[area]), phone, rng, today)
        worker.counsellor = rng.choice(counsellors)
        worker.consents = [Consent(purpose="service", channel="paper")]
        if worker.id_number:
            worker.consents.add(Consent(purpose="sensitive", channel="paper"))
        worker.work_history = [
            WorkHistory(
                place=rng.choice(PLACES), work=rng.choice(WORK), years=rng.choice([1, 2, 3.5, 6])
            )
        ]
        worker.save()
        demo.created["workers.Worker"] += 1


def demo_workers():
    """The demo workers by number (0–39), those that exist: the other apps' demo loaders write
    their histories for them. Phones are sealed, so each is found by its phone's hash."""
    found = {}
    for number in range(40):
        worker = (
            Worker.objects.with_phone(f"{DEMO_PHONE_BLOCK}{number:04d}")
            .select_related("counsellor", "home_township__area")
            .first()
        )
        if worker is not None:
            found[number] = worker
    return found


def recorded_at(day, hour=10):
    """A moment of `day` in Lhasa: what a demo record's "recorded" time is set back to, so that
    its history reads as if it had been kept over the months."""
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=LHASA)


def demo_counsellors():
    group = Group.objects.get(name=COUNSELLORS)
    made = []
    for username, (name, district) in COUNSELLOR_CENTRES.items():
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_active": True, "first_name": name}
        )
        if created:
            user.set_unusable_password()
            user.save()
            user.groups.add(group)
        centre = ServiceCentre.objects.filter(
            district=district, locale__language_code="zh-hans"
        ).first()
        StaffProfile.objects.get_or_create(user=user, defaults={"service_centre": centre})
        made.append(user)
    return made


def demo_worker(number, township, phone, rng, today):
    woman = number % 2 == 0
    if number % 10 == 9:
        family, given = HAN_NAMES[number // 10]
        ethnicity = "han" if number != 19 else "hui"
    else:
        family, given = rng.choice(FAMILY), rng.choice(WOMEN if woman else MEN)
        ethnicity = "tibetan"
    age = [19, 24, 28, 33, 35, 36, 41, 47, 52][number % 9]
    if ethnicity == "han":  # Han men past 35: in none of the groups of clause 5.1
        age = 44 + number % 5
    born = today.replace(year=today.year - age, month=1 + number % 12, day=1 + number % 28)
    sequence = f"{9 if number < 10 else 8}{number % 10}{rng.choice('02468' if woman else '13579')}"
    first_17 = f"{REGISTRATION[township.area.code]}{born:%Y%m%d}{sequence}"
    return Worker(
        name=family + given,
        # Every fourth worker has not shown an ID card yet: the record works without it.
        id_number="" if number % 4 == 3 else first_17 + check_character(first_17),
        phone=phone,
        gender="female" if woman else "male",
        date_of_birth=born,
        ethnicity=ethnicity,
        chinese=["speaks", "reads", "writes", "none"][number % 4],
        tibetan="writes" if ethnicity == "tibetan" else "none",
        education=["primary", "junior", "senior", "vocational", "none"][number % 5],
        home_township=township,
        long_term_returnee=number % 3 == 0,
        skills=rng.choice(SKILLS),
        intention=["job", "job", "training", "business", "undecided"][number % 5],
        preferred_wage=rng.choice([3500, 4000, 4500, 5000, 6000]),
    )

"""A small board of open and closed jobs for the feed and API tests, built through the real
models on the fixtures of tests/jobs/conftest.py (`job_index`, `employer`, `occupation`).

Open jobs, each published in Chinese and Tibetan, chosen so that every filter gives a different
count and the three orders differ (days are counted back from now; wages per month unless said):

    key        township (area)          occupation   wage             board        language  posted
    dazi       dazi-deqing (Dazi)       electrician  5000–6500        room, meals  bo        2 days
    tajie      dazi-tajie (Dazi)        cook         4000–4500        room         either    today
    bakuo      chengguan-bakuo          electrician  300–350 a day    meals        zh        10 days
    tibet      tibet-other              electrician  5–8 a piece      –            either    5 days
    outside    outside-tibet            cook         7000–9000        room, meals  zh        40 days
    last_day   chengguan-bakuo          cook         3000–3200        –            either    20 days

`last_day` closes today. Not open: `expired` (closed yesterday), `draft` (never published),
`withdrawn` (published, then unpublished), `stopped` (Wagtail's expiry time has passed).
Electricians are on a current shortage list; the Tibetan names of employers are set.
"""

from datetime import timedelta

from django.utils import timezone

from jobs.credit_code import check_character, organisation_check_character
from jobs.models import Employer, JobPage
from occupations.models import Occupation, ShortageEntry, ShortageList
from portal.dates import lhasa_today
from regions.models import Township
from tests.conftest import translate

COOK = [
    ("4", "社会生产服务和生活服务人员", "སྤྱི་ཚོགས་ཐོན་སྐྱེད་ཞབས་ཞུ་དང་འཚོ་བའི་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03", "住宿和餐饮服务人员", "བབས་ཚུགས་དང་ཟ་ཁང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03-02", "餐饮服务人员", "ཟ་ཁང་ཞབས་ཞུའི་མི་སྣ།"),
    ("4-03-02-01", "中式烹调师", "ཀྲུང་གོའི་ལུགས་ཀྱི་ཟས་གཡོས་མཁན།"),
]

OPEN = {
    "dazi": {
        "title": "达孜区德庆镇招聘电工",
        "bo_title": "སྟག་རྩེ་ཆུས་བདེ་ཆེན་དུ་གློག་བཟོ་བ་དགོས།",
        "township": "dazi-deqing",
        "trade": "electrician",
        "wage_min": 5000,
        "wage_max": 6500,
        "accommodation": True,
        "meals": True,
        "language_required": "bo",
        "days": 2,
    },
    "tajie": {
        "title": "塔杰乡农家乐招聘厨师",
        "bo_title": "སྟག་རྩེ་ཞང་དུ་ཟས་གཡོས་མཁན་དགོས།",
        "township": "dazi-tajie",
        "trade": "cook",
        "wage_min": 4000,
        "wage_max": 4500,
        "accommodation": True,
        "days": 0,
    },
    "bakuo": {
        "title": "八廓街商铺招聘电工",
        "bo_title": "བར་སྐོར་དུ་གློག་བཟོ་བ་དགོས།",
        "township": "chengguan-bakuo",
        "trade": "electrician",
        "wage_min": 300,
        "wage_max": 350,
        "wage_unit": "day",
        "meals": True,
        "language_required": "zh",
        "days": 10,
    },
    "tibet": {
        "title": "日喀则光伏电站招聘电工",
        "bo_title": "གཞིས་ཀ་རྩེར་གློག་བཟོ་བ་དགོས།",
        "township": "tibet-other",
        "trade": "electrician",
        "wage_min": 5,
        "wage_max": 8,
        "wage_unit": "piece",
        "days": 5,
    },
    "outside": {
        "title": "成都藏餐馆招聘厨师",
        "bo_title": "ཁྲེང་ཏུར་བོད་ཟས་ཁང་དུ་ཟས་གཡོས་མཁན་དགོས།",
        "township": "outside-tibet",
        "trade": "cook",
        "wage_min": 7000,
        "wage_max": 9000,
        "accommodation": True,
        "meals": True,
        "language_required": "zh",
        "days": 40,
    },
    "last_day": {
        "title": "城关区食堂招聘厨师",
        "bo_title": "ཁྲིན་ཀོན་ཆུས་སུ་ཟས་གཡོས་མཁན་དགོས།",
        "township": "chengguan-bakuo",
        "trade": "cook",
        "wage_min": 3000,
        "wage_max": 3200,
        "days": 20,
        "closing_in": 0,
    },
}


def credit_code(organisation):
    """A valid unified social credit code for an 8-character organisation code."""
    code16 = "91540100" + organisation + organisation_check_character(organisation)
    return code16[:17] + check_character(code16[:17])


def cook():
    parent = None
    for code, name_zh, name_bo in COOK:
        parent, _ = Occupation.objects.get_or_create(
            code=code,
            defaults={
                "level": code.count("-") + 1,
                "parent": parent,
                "name_zh": name_zh,
                "name_bo": name_bo,
            },
        )
    return parent


def shortage_of(occupation):
    today = lhasa_today()
    shortage_list = ShortageList.objects.create(
        title="拉萨市紧缺工种目录",
        issuer="拉萨市人力资源和社会保障局",
        period_start=today - timedelta(days=100),
        period_end=today + timedelta(days=100),
        published_on=today - timedelta(days=100),
    )
    ShortageEntry.objects.create(list=shortage_list, occupation=occupation, demand="high")


def make_job(index, slug, *, employer, occupation, township, days=1, closing_in=30, **fields):
    """A job under the Chinese index, published `days` ago (unless `live=False`)."""
    live = fields.pop("live", True)
    fields.setdefault("wage_min", 4000)
    fields.setdefault("wage_max", 5000)
    job = JobPage(
        slug=slug,
        employer=employer,
        occupation=occupation,
        township=Township.objects.get(code=township),
        working_hours="每天8小时",
        closing_date=lhasa_today() + timedelta(days=closing_in),
        description="<p>工作内容。</p>",
        how_to_apply="<p>电话联系。</p>",
        summary=fields.pop("summary", ""),
        live=False,
        **fields,
    )
    index.add_child(instance=job)
    revision = job.save_revision()
    if live:
        revision.publish()
        posted = timezone.now() - timedelta(days=days, minutes=5)
        JobPage.objects.filter(pk=job.pk).update(first_published_at=posted)
    return JobPage.objects.get(pk=job.pk)


def build_board(job_index, employer, electrician, tibetan):
    """The jobs of the table above: {key: Chinese page}, {key: Tibetan page}."""
    employer.name_bo = "ལྷ་ས་སྟག་རྩེ་ཆུས་གངས་ཅན་འཛུགས་སྐྲུན་ཚད་ཡོད་ཀུང་སི།"
    employer.save()
    hotel = Employer.objects.create(
        name="拉萨圣地餐饮有限公司",
        name_bo="ལྷ་ས་གནས་ཆེན་ཟ་ཁང་ཚད་ཡོད་ཀུང་སི།",
        credit_code=credit_code("MA6T5678"),
        contact_person="卓玛",
        phone="13908905678",
        township=employer.township,
        address="北京中路1号",
        verified=True,
    )
    trades = {"electrician": (electrician, employer), "cook": (cook(), hotel)}
    shortage_of(electrician)
    zh, bo = {}, {}
    for key, spec in OPEN.items():
        spec = dict(spec)
        bo_title = spec.pop("bo_title")
        occupation, job_employer = trades[spec.pop("trade")]
        job = make_job(job_index["zh"], key, employer=job_employer, occupation=occupation, **spec)
        translated = translate(job, tibetan, title=bo_title)
        JobPage.objects.filter(pk=translated.pk).update(first_published_at=job.first_published_at)
        zh[key] = job
        bo[key] = JobPage.objects.get(pk=translated.pk)
    closed = {"employer": employer, "occupation": electrician, "township": "dazi-deqing"}
    zh["expired"] = make_job(
        job_index["zh"], "expired", title="昨天截止的电工", closing_in=-1, **closed
    )
    zh["draft"] = make_job(job_index["zh"], "draft", title="草稿电工", live=False, **closed)
    zh["withdrawn"] = make_job(job_index["zh"], "withdrawn", title="已撤下的电工", **closed)
    zh["withdrawn"].unpublish()
    zh["stopped"] = make_job(job_index["zh"], "stopped", title="已到期的电工", **closed)
    JobPage.objects.filter(pk=zh["stopped"].pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    return zh, bo

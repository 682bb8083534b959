"""Benchmark of the job index (clause 6.3.2): p50/p95 and queries per request over 100,000 jobs.

Builds a scratch database (migrated, so the townships are the shipped reference data, and the
occupational classification imported from its CSV) with a Chinese job index and 100,000 jobs
spread over every township, about 40 occupations and 200 employers, with wages by the month or
the day, posted over the last 90 days and about one in six already closed. Titles are Chinese
job titles ("达孜区德庆镇招聘电工"), so a trade's keyword matches a realistic share of them.

The jobs are not published one by one through Wagtail (that takes hours): their page rows are
bulk-inserted with the tree paths worked out directly, and they are then indexed in batches
through the project's search backend, as `manage.py reindex_search` does. Then it sends
`--requests` requests to the job index through Django's test client with production settings,
each with a keyword and two filters (`/jobs/?q=电工&area=dazi&wage=4000`, varied), and reports:

- how long making and indexing the jobs took;
- the p50 and p95 time of a whole request (view, search, counts, template);
- the SQL queries per request (the same for every request: the page size does not change it).

Run from the repository root after `make setup` (a scratch SQLite database by default; for
PostgreSQL set BENCH_DATABASE_URL to a database that may be emptied):

    .venv/bin/python bench/jobs.py
    .venv/bin/python bench/jobs.py --quick          # 2,000 jobs, 20 requests: a check
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python bench/jobs.py

Options: --jobs N (default 100000), --requests N (default 100). Target: p95 under 150 ms on
SQLite (issue 5).
"""

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="portal-bench-jobs-"))

os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "PERSONAL_DATA_KEY": "bench-only-" + "y" * 40,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        # Never the database in DATABASE_URL: the benchmark empties the one it uses.
        "DATABASE_URL": os.environ.get(
            "BENCH_DATABASE_URL", f"sqlite:///{SCRATCH / 'bench.sqlite3'}"
        ),
        "STATIC_ROOT": str(SCRATCH / "static"),
        "MEDIA_ROOT": str(SCRATCH / "media"),
        "LOG_LEVEL": "WARNING",
        "ELASTICSEARCH_URL": "",
    }
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from modelsearch.backends import get_search_backend  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from home.models import HomePage  # noqa: E402
from jobs.choices import LanguageRequired, WageUnit  # noqa: E402
from jobs.demo import demo_credit_code  # noqa: E402
from jobs.listing import WAGE_THRESHOLDS  # noqa: E402
from jobs.models import Employer, JobIndexPage, JobPage  # noqa: E402
from occupations.models import Occupation  # noqa: E402
from portal.dates import lhasa_today  # noqa: E402
from regions.models import Area, Township  # noqa: E402

P95_TARGET_MS = 150
EMPLOYERS = 200
INDEX_BATCH = 5000

# The word a job's title uses for the trade, and the occupation (national classification) it is.
TRADES = [
    ("电工", "6-31-01-03"),
    ("焊工", "6-18-02-04"),
    ("厨师", "4-03-02-01"),
    ("面点师", "4-03-02-02"),
    ("货车司机", "4-02-02-02"),
    ("客车司机", "4-02-02-01"),
    ("挖掘机司机", "6-30-05-05"),
    ("餐厅服务员", "4-03-02-05"),
    ("客房服务员", "4-03-01-02"),
    ("保安", "4-07-05-01"),
    ("收银员", "4-01-02-04"),
    ("营业员", "4-01-02-03"),
    ("装卸工", "4-02-05-01"),
    ("仓库管理员", "4-02-06-01"),
    ("快递员", "4-02-07-08"),
    ("外卖骑手", "4-02-07-10"),
    ("导游", "4-07-04-01"),
    ("民宿管家", "4-03-01-04"),
    ("茶艺师", "4-03-02-07"),
    ("育婴员", "4-10-01-01"),
    ("养老护理员", "4-10-01-05"),
    ("家政服务员", "4-10-01-06"),
    ("美发师", "4-10-03-02"),
    ("汽车维修工", "4-12-01-01"),
    ("家电维修工", "4-12-03-02"),
    ("牦牛饲养员", "5-03-02-01"),
    ("园艺工", "5-01-02-02"),
    ("护林员", "5-02-03-01"),
    ("农机手", "5-05-05-01"),
    ("木工", "6-06-04-00"),
    ("唐卡画师", "6-09-03-17"),
    ("地毯编织工", "6-09-03-09"),
    ("砌筑工", "6-29-01-01"),
    ("混凝土工", "6-29-01-03"),
    ("钢筋工", "6-29-01-04"),
    ("架子工", "6-29-01-05"),
    ("筑路工", "6-29-02-01"),
    ("防水工", "6-29-02-08"),
    ("管工", "6-29-03-04"),
    ("装修工", "6-29-04-01"),
    ("机修钳工", "6-31-01-01"),
]
TITLES = ["{place}招聘{trade}", "{place}{employer}招聘{trade}", "急招{trade}（{place}）"]
EMPLOYER_KINDS = ["建筑工程", "餐饮管理", "物流", "旅游服务", "物业管理", "农牧业开发", "商贸"]
HOURS = ["每天8小时，周休一天", "两班倒，每班8小时", "上午9点至下午6点"]
KEYWORDS = ["电工", "厨师", "司机", "服务员", "保安", "焊工", "导游", "维修工"]
SECOND_FILTERS = [
    ("wage", [str(value) for value in WAGE_THRESHOLDS]),
    ("meals", ["yes"]),
    ("accommodation", ["yes"]),
    ("posted", ["3", "7", "30"]),
    ("language", [LanguageRequired.CHINESE, LanguageRequired.TIBETAN]),
    ("group", ["4", "6"]),
]


def fresh_database():
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    if connection.vendor == "postgresql":  # start from nothing, as on a fresh SQLite file
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("import_occupations", str(ROOT / "occupations/data/occupations.csv"), verbosity=0)


def job_index():
    """The Chinese home page at / and its job index at /jobs/."""
    zh, _ = Locale.objects.get_or_create(language_code="zh-hans")
    Locale.objects.get_or_create(language_code="bo")
    root = Page.objects.get(depth=1)
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="拉萨", slug="home", locale=zh))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver"}
    )
    return home.add_child(
        instance=JobIndexPage(title="岗位信息", slug="jobs", summary="经审核发布的用工岗位。")
    )


def employers(townships, rng):
    made = []
    for number in range(EMPLOYERS):
        township = rng.choice(townships)
        made.append(
            Employer(
                name=f"{township.area.name_zh}{township.name_zh}第{number + 1}"
                f"{rng.choice(EMPLOYER_KINDS)}有限公司",
                credit_code=demo_credit_code(number),
                contact_person="次仁",
                phone=f"1390890{number:04d}",
                township=township,
                address=f"{township.name_zh}{number + 1}号",
                verified=number % 4 != 0,
            )
        )
    return Employer.objects.bulk_create(made)


def generated_job(number, index, context, rng, now, today):
    township = rng.choice(context["townships"])
    trade, code = rng.choice(TRADES)
    employer = rng.choice(context["employers"])
    daily = rng.random() < 0.15
    if daily:
        wage_min = rng.randrange(150, 350, 10)
        wage_max = wage_min + rng.randrange(0, 100, 10)
    else:
        wage_min = rng.randrange(2500, 9000, 100)
        wage_max = wage_min + rng.randrange(0, 2500, 100)
    posted = now - timedelta(days=rng.uniform(0, 90))
    slug = f"job-{number}"
    title = rng.choice(TITLES).format(
        place=township.area.name_zh + township.name_zh,
        employer=employer.name.removeprefix(township.area.name_zh)[:8],
        trade=trade,
    )
    return JobPage(
        # The page row: the tree path is the index's path and this child's four-character step.
        path=JobPage._get_path(index.path, index.depth + 1, number + 1),
        depth=index.depth + 1,
        numchild=0,
        title=title,
        draft_title=title,
        slug=slug,
        url_path=f"{index.url_path}{slug}/",
        content_type=context["content_type"],
        locale_id=index.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        has_unpublished_changes=False,
        first_published_at=posted,
        last_published_at=posted,
        live_revision=None,
        summary=f"{township.name_zh}{trade}，月薪{wage_min}元起。",
        # The posting.
        employer=employer,
        occupation=context["occupations"][code],
        headcount=rng.randint(1, 20),
        wage_min=wage_min,
        wage_max=wage_max,
        wage_unit=WageUnit.DAY if daily else WageUnit.MONTH,
        township=township,
        accommodation=rng.random() < 0.4,
        meals=rng.random() < 0.5,
        language_required=rng.choice(
            [LanguageRequired.EITHER] * 3 + [LanguageRequired.CHINESE, LanguageRequired.TIBETAN]
        ),
        working_hours=rng.choice(HOURS),
        start_date=None,
        # About one job in six closed before today.
        closing_date=today + timedelta(days=rng.randint(-15, 75)),
        description=f"<p>{employer.name}招聘{trade}{rng.randint(1, 20)}名，工作地点在"
        f"{township.area.name_zh}{township.name_zh}。</p>",
        how_to_apply=f"<p>请致电{employer.phone}，或到就近的服务站报名。</p>",
    )


def insert_jobs(jobs):
    """Insert page rows, then job rows (Django's bulk_create refuses multi-table models)."""
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    pages = Page.objects.bulk_create(
        [
            Page(**{field.attname: getattr(job, field.attname) for field in page_fields})
            for job in jobs
        ]
    )
    for job, page in zip(jobs, pages, strict=True):
        job.id = job.page_ptr_id = page.id
    JobPage._base_manager._insert(jobs, fields=JobPage._meta.local_concrete_fields)


def build(total, rng):
    """The job index and `total` jobs below it, not yet in the search index."""
    index = job_index()
    townships = list(Township.objects.select_related("area"))
    context = {
        "townships": townships,
        "employers": employers(townships, rng),
        "occupations": Occupation.objects.in_bulk([code for _, code in TRADES], field_name="code"),
        "content_type": ContentType.objects.get_for_model(JobPage),
    }
    now, today = timezone.now(), lhasa_today()
    started = time.monotonic()
    batch = 2000
    with transaction.atomic():
        for first in range(0, total, batch):
            numbers = range(first, min(first + batch, total))
            insert_jobs([generated_job(n, index, context, rng, now, today) for n in numbers])
        Page.objects.filter(pk=index.pk).update(numchild=total)
    return time.monotonic() - started, len(townships)


def index_jobs():
    """Wagtail's search index for every job, in batches through the project's backend."""
    backend = get_search_backend()
    jobs = JobPage.objects.select_related("employer", "occupation", "township__area", "locale")
    ids = list(JobPage.objects.order_by("pk").values_list("pk", flat=True))
    started = time.monotonic()
    for first in range(0, len(ids), INDEX_BATCH):
        chunk = ids[first : first + INDEX_BATCH]
        with transaction.atomic():
            backend.add_bulk(JobPage, list(jobs.filter(pk__in=chunk)))
        print(f"  indexed {first + len(chunk)} jobs ({time.monotonic() - started:.0f} s)")
    return time.monotonic() - started


def analyze():
    """Fresh planner statistics, as autovacuum would gather after a bulk load."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def requests(count, rng):
    """Paths of the job index with a keyword, an area and one other filter."""
    areas = list(Area.objects.values_list("code", flat=True))
    paths = []
    for _ in range(count):
        name, values = rng.choice(SECOND_FILTERS)
        query = {"q": rng.choice(KEYWORDS), "area": rng.choice(areas), name: rng.choice(values)}
        paths.append("/jobs/?" + urlencode(query))
    return paths


def run_requests(client, paths):
    timings, queries = [], []
    for path in paths:
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        queries.append(len(captured))
    return timings, queries


def slowest_statements(client, path):
    """The statements of one request, slowest first, with their time in ms."""
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    timed = [(float(query["time"]) * 1000, query["sql"]) for query in captured.captured_queries]
    return sorted(timed, reverse=True)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="2,000 jobs and 20 requests")
    parser.add_argument(
        "--explain", type=int, default=0, metavar="N", help="show the N slowest statements"
    )
    options = parser.parse_args()
    if options.quick:
        options.jobs, options.requests = 2000, 20

    print(f"Database: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    fresh_database()
    rng = random.Random(5)  # noqa: S311 (generated data, not secrets)
    print(f"Making {options.jobs} jobs…")
    made, townships = build(options.jobs, rng)
    print(f"Made {options.jobs} jobs in {made:.1f} s (not indexed).")
    indexed = index_jobs()
    analyze()
    open_jobs = JobPage.objects.open().count()

    client = Client()
    paths = requests(options.requests, random.Random(12))  # noqa: S311
    run_requests(client, paths[:5])  # warm up: caches, the segmenter's dictionary
    timings, queries = run_requests(client, paths)
    matched = {k: JobPage.objects.open().filter(title__contains=k).count() for k in KEYWORDS}

    p50, p95 = percentile(timings, 0.5), percentile(timings, 0.95)
    print()
    print(f"jobs                  {options.jobs} ({open_jobs} open), {townships} townships")
    print(f"  open jobs per keyword {', '.join(f'{k} {n}' for k, n in matched.items())}")
    print(f"requests              {len(paths)} (a keyword, an area and one other filter)")
    print(f"latency p50           {p50:.1f} ms")
    print(
        f"latency p95           {p95:.1f} ms"
        f"{'' if p95 < P95_TARGET_MS else f'  (target {P95_TARGET_MS} ms: missed)'}"
    )
    print(f"queries per request   {min(queries)}–{max(queries)}")
    print(f"making the jobs       {made:.1f} s")
    print(f"indexing them         {indexed:.1f} s")
    if options.explain:
        slowest = max(zip(timings, paths, strict=True))[1]
        print(f"\nslowest statements of {slowest}:")
        for ms, sql in slowest_statements(client, slowest)[: options.explain]:
            print(f"  {ms:8.1f} ms  {sql[:300]}")


if __name__ == "__main__":
    main()

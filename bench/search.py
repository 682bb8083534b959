"""Benchmark of the site search: relevance, latency and reindexing over 10,000 pages.

Builds a scratch database with a Chinese and a Tibetan home page and 10,000 generated guide
pages (half in each language) written from a vocabulary of trades, places, policies and
courses, indexes them with `manage.py reindex_search` (timed, with its progress bar), then
sends 100 queries (50 Chinese, 50 Tibetan; one and two words) to the search page through
Django's test client and reports:

- precision at 5: of the first five results, the share that contain every word of the query
  (each query has at least five such pages), averaged over the queries;
- the p50 and p95 time of a whole search request (view, search, snippets, template);
- how long reindexing took.

Run from the repository root after `make setup` (a scratch SQLite database by default; for
PostgreSQL set BENCH_DATABASE_URL to a database that may be emptied):

    .venv/bin/python bench/search.py
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python bench/search.py

Options: --pages N (default 10000), --queries N (default 100). Target: p95 under 100 ms on
SQLite.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="portal-bench-search-"))

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
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from home.models import HomePage, StandardPage  # noqa: E402

P95_TARGET_MS = 100

# Words of each language: (Chinese, Tibetan). Trades, places, policies and courses.
TRADES = [
    ("电工", "གློག་བཟོ་བ"),
    ("焊工", "ཚ་སྦྱོར་བ"),
    ("厨师", "མ་བྱན་པ"),
    ("司机", "ཁ་ལོ་བ"),
    ("木工", "ཤིང་བཟོ་བ"),
    ("保安", "བདེ་སྲུང་བ"),
    ("保洁员", "གཙང་སྦྲ་བ"),
    ("导游", "ཡུལ་སྐོར་ལམ་སྟོན་པ"),
    ("唐卡画师", "ཐང་ཀ་རི་མོ་བ"),
    ("服务员", "ཞབས་ཞུ་བ"),
]
PLACES = [
    ("城关区", "ཁྲིན་ཀོན་ཆུས"),
    ("堆龙德庆区", "སྟོད་ལུང་བདེ་ཆེན་ཆུས"),
    ("达孜区", "སྟག་རྩེ་ཆུས"),
    ("林周县", "ལྷུན་གྲུབ་རྫོང"),
    ("当雄县", "འདམ་གཞུང་རྫོང"),
    ("尼木县", "སྙེ་མོ་རྫོང"),
    ("曲水县", "ཆུ་ཤུར་རྫོང"),
    ("墨竹工卡县", "མལ་གྲོ་གུང་དཀར་རྫོང"),
]
TOPICS = [
    ("创业补贴", "ལས་གཞི་གསར་འཛུགས་ཕན་སྐྱོར"),
    ("培训补贴", "སྦྱོང་བརྡར་ཕན་སྐྱོར"),
    ("社会保险", "སྤྱི་ཚོགས་འགན་ལེན"),
    ("职业技能", "ལས་རིགས་ལག་རྩལ"),
    ("劳动合同", "ངལ་རྩོལ་ཆིངས་ཡིག"),
    ("工资", "གླ་ཕོགས"),
    ("民族手工艺", "མི་རིགས་ལག་ཤེས"),
    ("旅游服务", "ཡུལ་སྐོར་ཞབས་ཞུ"),
]
SENTENCES = {
    "zh-hans": [
        "{place}招聘{trade}，工作稳定。",
        "想当{trade}的返乡农民工可以申请{topic}。",
        "{topic}由{place}人力资源和社会保障局负责办理。",
        "参加{trade}培训的学员结业后推荐就业。",
        "{place}的服务站每周二介绍{topic}。",
        "职业指导人员用汉语和藏语讲解{topic}。",
    ],
    "bo": [
        "{place}་ནས་{trade}་འདེམས་སྒྲུག་བྱེད།",
        "ཕ་ཡུལ་དུ་ལོག་པའི་{trade}་ལ་{topic}་ཞུ་ཆོག",
        "{topic}་ནི་{place}་ནས་སྒྲུབ།",
        "{trade}་སྦྱོང་བརྡར་ལ་ཞུགས་ན་ལས་ཀ་འོས་སྦྱོར་བྱེད།",
        "ཞབས་ཞུ་ས་ཚིགས་སུ་{topic}་ངོ་སྤྲོད་བྱེད།",
        "ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་{place}་དུ་{topic}་འགྲེལ་བཤད་བྱེད།",
    ],
}
TITLES = {"zh-hans": "{place}{trade}岗位与{topic}", "bo": "{place} {trade} {topic}"}
LANGUAGE_INDEX = {"zh-hans": 0, "bo": 1}


def words(language, table, rng):
    return table[rng.randrange(len(table))][LANGUAGE_INDEX[language]]


def generated_page(language, number, rng):
    def fill(template):
        return template.format(
            place=words(language, PLACES, rng),
            trade=words(language, TRADES, rng),
            topic=words(language, TOPICS, rng),
        )

    separator = "" if language == "zh-hans" else " "
    title = fill(TITLES[language])
    summary = fill(rng.choice(SENTENCES[language]))
    paragraphs = [
        separator.join(fill(rng.choice(SENTENCES[language])) for _ in range(4)) for _ in range(3)
    ]
    return StandardPage(
        title=f"{title} {number}",
        slug=f"p{number}",
        summary=summary,
        kind="guide",
        body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
        live=True,
        locale=Locale.objects.get(language_code=language),
    )


def build(total):
    """Two home pages and `total` generated pages; nothing is indexed while they are made."""
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    if connection.vendor == "postgresql":  # start from nothing, as on a fresh SQLite file
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    zh, _ = Locale.objects.get_or_create(language_code="zh-hans")
    bo, _ = Locale.objects.get_or_create(language_code="bo")
    root = Page.objects.get(depth=1)
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="拉萨", slug="home", locale=zh))
    bo_home = home.copy_for_translation(bo)
    bo_home.title, bo_home.live = "ལྷ་ས", True
    bo_home.save()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver"}
    )
    parents = {"zh-hans": home, "bo": bo_home}
    rng = random.Random(4)  # noqa: S311 (generated text, not secrets)
    started = time.monotonic()
    with transaction.atomic():
        for number in range(total):
            language = "zh-hans" if number % 2 == 0 else "bo"
            parents[language].add_child(instance=generated_page(language, number, rng))
            if number and number % 1000 == 0:
                print(f"  made {number} pages ({time.monotonic() - started:.0f} s)")
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = True
    return time.monotonic() - started


def analyze():
    """Fresh planner statistics, as autovacuum would gather after a bulk load."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def queries(count, rng):
    """(language, query, the words a relevant page contains): single and two-word queries."""
    chosen = []
    for number in range(count):
        language = "zh-hans" if number < count // 2 else "bo"
        index = LANGUAGE_INDEX[language]
        kind = number % 4
        if kind == 0:
            parts = [rng.choice(TRADES)[index]]
        elif kind == 1:
            parts = [rng.choice(PLACES)[index]]
        elif kind == 2:
            parts = [rng.choice(TOPICS)[index]]
        else:
            parts = [rng.choice(PLACES)[index], rng.choice(TRADES)[index]]
        chosen.append((language, " ".join(parts), parts))
    return chosen


def page_text(page):
    return " ".join([page.title, page.summary, *(str(block.value) for block in page.body)])


def run_queries(client, chosen):
    timings, precisions = [], []
    from search.service import scope_for, search

    for language, text, parts in chosen:
        path = ("/search/" if language == "zh-hans" else "/bo/search/") + "?q=" + quote(text)
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)

        locale = Locale.objects.get(language_code=language)
        outcome = search(text, locale, log=False)
        top = [result.page for result in outcome.results.object_list[:5]]
        relevant = sum(all(part in page_text(page) for part in parts) for page in top)
        precisions.append(relevant / 5)
        assert scope_for(locale)
    return timings, precisions


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    options = parser.parse_args()

    print(f"Database: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    print(f"Making {options.pages} pages…")
    made = build(options.pages)
    print(f"Made {options.pages} pages in {made:.1f} s (not indexed).")

    started = time.monotonic()
    call_command("reindex_search", "--database")
    reindexed = time.monotonic() - started
    analyze()

    client = Client()
    rng = random.Random(11)  # noqa: S311
    chosen = queries(options.queries, rng)
    run_queries(client, chosen[:5])  # warm up: caches, the segmenter's dictionary
    timings, precisions = run_queries(client, chosen)

    p50, p95 = percentile(timings, 0.5), percentile(timings, 0.95)
    print()
    print(
        f"pages                 {options.pages} ({options.pages // 2} zh-hans, "
        f"{options.pages - options.pages // 2} bo)"
    )
    print(f"queries               {len(chosen)} (half Chinese, half Tibetan)")
    print(f"precision at 5        {statistics.mean(precisions):.3f}")
    for language in ("zh-hans", "bo"):
        values = [p for (lang, _, _), p in zip(chosen, precisions, strict=True) if lang == language]
        print(f"  {language:<20}{statistics.mean(values):.3f}")
    print(f"latency p50           {p50:.1f} ms")
    print(
        f"latency p95           {p95:.1f} ms"
        f"{'' if p95 < P95_TARGET_MS else f'  (target {P95_TARGET_MS} ms: missed)'}"
    )
    print(f"reindex               {reindexed:.1f} s for {options.pages} pages")


if __name__ == "__main__":
    main()

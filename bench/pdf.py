"""Benchmark of the career plan PDF (clause 6.1.3): p50/p95 render time of a realistic plan.

The plan is that of a worker who reads Tibetan better than Chinese (Tibetan first): long
self-analysis, industry, goal and path texts in both Tibetan and Chinese, a reason for the
change, and six action steps. It is rendered once to warm up (templates, catalogues, fonts),
then `--runs` times (default 20) through `careerplans.pdf.render_pdf`, the function the
download view calls. The records are built in memory: rendering reads no database.

Run from the repository root after `make setup` (the Debian fonts and libharfbuzz-subset0 from
scripts/install-system-packages.sh):

    .venv/bin/python bench/pdf.py
    .venv/bin/python bench/pdf.py --runs 50

Target: p95 well under 1 s (1,000 ms). Without libharfbuzz-subset0 WeasyPrint subsets the fonts
in Python and one render takes about 7 s (shared/FACTS.md).
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402

from careerplans.models import ActionStep, CareerPlan, PlanVersion  # noqa: E402
from careerplans.pdf import languages_for, render_pdf  # noqa: E402
from workers.models import Worker  # noqa: E402

TARGET_MS = 1000
TIBETAN = (
    "ང་ནི་སྟོད་ལུང་བདེ་ཆེན་རྫོང་གི་ཞིང་པ་ཞིག་ཡིན། ལོ་བཞི་རིང་ཁྲེང་ཏུའུ་ལ་ཁང་པ་བཟོ་བའི་ལས་ཀ་བྱས། "
    "ལག་རྩལ་ལ་དགའ་ཞིང་གློག་ལམ་སྒྲིག་སྦྱོར་གྱི་ཉམས་མྱོང་ཅུང་ཟད་ཡོད། རྒྱ་ཡིག་ཀློག་པ་ཅུང་དཀའ། "
)
CHINESE = (
    "本人在成都建筑工地做过四年钢筋工，也帮电工师傅接过线，动手能力强，能吃苦；"
    "普通话能听懂，读写汉字有困难，没有电工上岗证。家中有老人需要照顾，希望在拉萨附近工作。"
)
STEPS = [
    ("参加拉萨市职业技能培训中心低压电工培训（40课时）", "planned"),
    ("ལྷ་སའི་ལག་རྩལ་སྦྱོང་བརྡར་ལྟེ་གནས་སུ་གློག་བཟོའི་སྦྱོང་བརྡར་ལ་ཞུགས།", "progress"),
    ("考取特种作业操作证（低压电工）", "planned"),
    ("到达孜工业园区两家企业面试电工学徒岗位", "planned"),
    ("ལས་ཀ་འགོ་བཙུགས་རྗེས་ཟླ་བ་གཅིག་གི་ནང་ལམ་སྟོན་པས་རྗེས་འདེད་བྱེད།", "planned"),
    ("工作满一年后评估是否报考中级电工", "dropped"),
]


def realistic_plan():
    worker = Worker(name="次仁多吉", chinese="speaks", tibetan="writes")
    plan = CareerPlan(worker=worker)
    version = PlanVersion(
        worker=worker,
        plan=plan,
        number=2,
        author=User(username="dolma", first_name="卓玛", last_name="央金"),
        self_awareness=(TIBETAN + CHINESE) * 3,
        local_industry=(CHINESE + TIBETAN) * 3,
        employment_goal=TIBETAN + CHINESE,
        development_path=(TIBETAN + CHINESE) * 2,
        reason_for_change="培训名额提前到十二月，先培训后考证。" + TIBETAN,
        created_at=datetime.datetime(2026, 11, 27, 10, 30, tzinfo=datetime.UTC),
    )
    today = datetime.date(2026, 12, 1)
    version.steps = [
        ActionStep(what=what, due_on=today + datetime.timedelta(days=30 * i), status=status)
        for i, (what, status) in enumerate(STEPS)
    ]
    return version


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    version = realistic_plan()
    assert languages_for(version.worker) == ["bo", "zh-hans"]
    size = len(render_pdf(version))  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render_pdf(version)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    print(f"career plan PDF, 6 steps, {size // 1024} KB, {runs} renders after a warm-up")
    print(f"p50 {p50:.0f} ms, p95 {p95:.0f} ms (target: under {TARGET_MS} ms)")
    print("within target" if p95 < TARGET_MS else "MISSES the target")


if __name__ == "__main__":
    main()

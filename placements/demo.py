"""Demo placements (clauses 6.5.1, 6.5.2): the 12 job-seekers among the assessed demo workers
started work over the last year, near home, elsewhere in Lhasa, elsewhere in Tibet and outside
Tibet, most in jobs of the demo job listings (jobs/demo.py).

Saving a placement creates its follow-ups by the model's own rule (placements/schedule.py). Those
due before today were done, with what the worker said, except four that are overdue on the day
the demo is loaded: the dates count back from that day, so the demo always has some. One worker
left the job (the later follow-ups are cancelled by the model), one changed job. Everything is
invented (see workers/demo.py); the worker's counsellor records the placement and follow-ups.
"""

from datetime import timedelta

from jobs.choices import WageUnit
from jobs.models import JobPage
from placements.choices import Channel, Locality, Outcome
from placements.models import Placement
from portal.dates import lhasa_today
from portal.demo import demo_key
from regions.models import Township
from workers.demo import demo_workers

# worker → (job of the demo listings, or (employer, township code) without one; started days ago;
# follow-ups left undone though due; {follow-up: (outcome, adaptation, problems)})
PLACEMENTS = {
    0: (("城关区雪莲甜茶馆（示例）", "chengguan-jiri"), 340, set(), {}),
    1: (
        "job-03-3",
        300,
        set(),
        {
            3: (
                Outcome.LEFT,
                "工地离家太远，冬季停工回家后没有再去。",
                "想在拉萨附近找电焊活，已请他参加下一次岗位推荐会。",
            )
        },
    ),
    5: (
        "job-19-2",
        260,
        set(),
        {4: (Outcome.CHANGED, "换到尼木县城一家建材店送货，离家更近，工资差不多。", "")},
    ),
    6: ("job-11-2", 210, set(), {}),
    10: ("job-15-1", 180, set(), {}),
    11: ("job-01-3", 150, set(), {}),
    15: ("job-11-1", 120, {3}, {}),
    16: ("job-22-1", 60, {2}, {}),
    20: ("job-12-2", 75, set(), {}),
    21: ("job-18-1", 40, {2}, {}),
    25: ("job-11-3", 25, {1}, {}),
    26: ("job-01-1", 12, set(), {}),
}
# What workers still in their job said, in turn.
STAYING = [
    ("已经熟悉工作，和同事相处融洽。", ""),
    ("刚开始不适应倒班，现在作息已经调整过来。", "宿舍离工作地点远，每天路上要一个小时。"),
    ("老板说干活踏实，准备让他带新来的人。", ""),
    ("工资按月发放，家里人很放心。", "高原冬季活儿少，担心冬天收入减少。"),
    ("和家里每周通电话，生活上没有困难。", ""),
]


def load(demo):
    today = lhasa_today()
    workers = demo_workers()
    for number, (job_key, started_ago, undone, outcomes) in PLACEMENTS.items():
        worker = workers.get(number)
        if worker is None or worker.placements.exists():
            continue
        placement = Placement(
            worker=worker,
            start_date=today - timedelta(days=started_ago),
            recorded_by=worker.counsellor,
        )
        if isinstance(job_key, str):
            job = JobPage.objects.get(translation_key=demo_key("page", job_key), locale=demo.zh)
            placement.job = job
            placement.workplace = job.township
            if job.wage_unit == WageUnit.MONTH:
                placement.monthly_wage = (job.wage_min + job.wage_max) // 200 * 100
        else:
            placement.employer_name, township = job_key
            placement.workplace = Township.objects.get(code=township)
            placement.monthly_wage = 3200
        demo.full_clean(placement)
        placement.save()  # creates the follow-ups
        demo.created["placements.Placement"] += 1
        follow_up(demo, placement, today, undone, outcomes)


def follow_up(demo, placement, today, undone, outcomes):
    """Do the follow-ups due before today, but those left `undone`, a few days late at most."""
    for follow_up in placement.follow_ups.order_by("number"):
        if follow_up.due_on >= today or follow_up.number in undone:
            continue
        follow_up.done_on = min(follow_up.due_on + timedelta(days=follow_up.number % 3), today)
        if placement.locality is not None and placement.locality <= Locality.SAME_AREA:
            follow_up.channel = Channel.VISIT
        else:
            follow_up.channel = Channel.PHONE if follow_up.number % 2 else Channel.MESSAGE
        said = STAYING[(placement.worker_id + follow_up.number) % len(STAYING)]
        follow_up.outcome, follow_up.adaptation, follow_up.problems = outcomes.get(
            follow_up.number, (Outcome.STAYING, *said)
        )
        follow_up.done_by = placement.worker.counsellor
        demo.full_clean(follow_up)
        follow_up.save()
        if follow_up.outcome == Outcome.LEFT:
            break  # the model cancelled the follow-ups after this one

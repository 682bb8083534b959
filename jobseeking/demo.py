"""Demo interviews (clause 6.3.3): seven interviews the service arranged for demo job-seekers,
with every outcome: three led to the placements of placements/demo.py, one was not offered, one
declined, one missed, and one is still to come.

Dates count back from the day the demo is loaded. Everything is invented (see workers/demo.py);
the worker's counsellor arranged each interview.
"""

from datetime import timedelta

from jobs.models import JobPage
from jobseeking.models import Interview, InterviewOutcome
from portal.dates import lhasa_today
from portal.demo import demo_key
from workers.demo import demo_workers, recorded_at

# worker → (job of the demo listings, days ago (negative: still to come), outcome, notes)
INTERVIEWS = {
    15: ("job-11-1", 128, InterviewOutcome.OFFERED, "试做了藏面和回锅肉，厨师长当场同意试用。"),
    16: ("job-22-1", 66, InterviewOutcome.OFFERED, "带了自己织的卡垫去，对方看了很满意。"),
    20: ("job-12-2", 80, InterviewOutcome.OFFERED, "离家近，包吃住，本人很愿意去。"),
    10: (
        "job-13-1",
        210,
        InterviewOutcome.NOT_OFFERED,
        "酒店要求能用普通话接待客人，本人还需要多练习；已推荐家政岗位。",
    ),
    21: (
        "job-19-3",
        60,
        InterviewOutcome.DECLINED,
        "对方录用了，但要常驻曲水，本人想离家近一些，婉拒了。",
    ),
    35: (
        "job-09-1",
        10,
        InterviewOutcome.NO_SHOW,
        "当天家里牦牛走失没有去，已打电话向企业说明，下次提前请假。",
    ),
    30: ("job-09-3", -4, InterviewOutcome.PENDING, "提醒她带好驾驶证和身份证。"),
}


def load(demo):
    today = lhasa_today()
    workers = demo_workers()
    for number, (job_key, days_ago, outcome, notes) in INTERVIEWS.items():
        worker = workers.get(number)
        if worker is None or worker.interviews.exists():
            continue
        job = JobPage.objects.get(translation_key=demo_key("page", job_key), locale=demo.zh)
        township = job.township
        interview = Interview(
            worker=worker,
            job=job,
            when=recorded_at(today - timedelta(days=days_ago), hour=10 + number % 5),
            place=f"{job.employer.name}（{township.area.name_zh}{township.name_zh}）",
            arranged_by=worker.counsellor,
            outcome=outcome,
            notes=notes,
        )
        demo.full_clean(interview)  # takes the employer's name from the job
        interview.save()
        demo.created["jobseeking.Interview"] += 1

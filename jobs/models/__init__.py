from jobs.models.employers import Employer
from jobs.models.postings import JobIndexPage, JobPage, JobQuerySet
from jobs.models.wages import MinimumWage
from jobs.review.tasks import JobReviewTask

__all__ = ["Employer", "JobIndexPage", "JobPage", "JobQuerySet", "JobReviewTask", "MinimumWage"]

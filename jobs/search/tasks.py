"""Background work of the job index on Elasticsearch (django-tasks; `manage.py db_worker`)."""

from django_tasks import task

from jobs.search import indexing


@task()
def update_job(job_id):
    """Bring a job's documents (in every language) in line with the job, after a publish."""
    indexing.update_job(job_id)


@task()
def remove_job(job_id, language):
    """Remove a job's document, after an unpublish or delete."""
    indexing.remove_job(job_id, language)

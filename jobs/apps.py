from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("Jobs")

    def ready(self):
        from wagtail.signals import page_published

        from jobs.models import JobIndexPage, JobPage
        from jobs.review.workflow import index_created
        from jobs.search import signals as search_signals

        # Every job index sends its jobs through review (jobs/review/workflow.py).
        post_save.connect(index_created, sender=JobIndexPage, dispatch_uid="jobs.review")
        # A job's facts (wage, dates, place) are those of its Chinese page, in every language.
        page_published.connect(publish_facts, sender=JobPage, dispatch_uid="jobs.facts")
        # The job index on Elasticsearch, when there is one (jobs/search/).
        search_signals.connect()


def publish_facts(sender, instance, **kwargs):
    from portal.i18n import share_facts

    share_facts(instance, sender.FACTS)

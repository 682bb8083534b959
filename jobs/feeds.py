"""RSS of the newest open jobs of one job index, in that index's language (clause 6.3.1: jobs
are published regularly; a feed lets workers, service stations and partners follow them).

Served by `JobIndexPage`'s route …/feed/, so each language has its own feed: the Tibetan index's
feed lists the Tibetan pages, described in Tibetan. The items are `index.jobs()`, the open jobs,
so a job leaves the feed on the day after its closing date without any task running.
"""

import uuid

from django.contrib.syndication.views import Feed
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.i18n import bcp47

FEED_SIZE = 30


class JobFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # The feed speaks the index's language whatever language the request arrived in.
        with translation.override(kwargs["index"].locale.language_code):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index):
        self.request = request
        self.language = bcp47(index.locale.language_code)
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.summary or index.title

    def items(self, index):
        return (
            index.jobs()
            .select_related("employer", "township__area", "occupation", "locale")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, job):
        return job.title

    def item_link(self, job):
        return job.get_url(self.request)

    def item_description(self, job):
        township = job.township
        workplace, apply_by = _("Workplace"), _("Apply by")
        facts = [
            job.employer.display_name,
            render_to_string("jobs/wage.html", {"job": job}).strip(),
            f"{workplace}: {township.area.name} {township.name}",
            f"{apply_by}: {job.closing_date.isoformat()}",
        ]
        lines = [job.summary] if job.summary else []
        lines.append(" · ".join(facts))
        return "\n".join(lines)

    def item_guid(self, job):
        # The same job in the same language keeps its id through edits and new slugs.
        return uuid.uuid5(job.translation_key, job.locale.language_code).urn

    item_guid_is_permalink = False

    def item_pubdate(self, job):
        return job.first_published_at

    def item_updateddate(self, job):
        return job.last_published_at

    def item_categories(self, job):
        return [job.occupation.name]

"""RSS and Atom feeds of the newest policies of one library, in that library's language.

Served by the routes of `PolicyIndexPage` (…/feed/rss/ and …/feed/atom/), so each language has
its own feeds: the Tibetan library's feeds list the Tibetan pages, described in Tibetan.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from policies.models import localized_categories, start_of_day
from portal.i18n import bcp47


class PolicyRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, library):
        self.request = request
        self.language = bcp47(library.locale.language_code)
        return library

    def title(self, library):
        return library.title

    def link(self, library):
        return library.get_url(self.request)

    def description(self, library):
        return library.summary or library.title

    def items(self, library):
        policies = list(library.policies().prefetch_related("categories")[: library.FEED_SIZE])
        categories = localized_categories(
            {c.pk: c for policy in policies for c in policy.categories.all()}.values()
        )
        self.category_names = {c.translation_key: c.name for c in categories}
        return policies

    def item_title(self, policy):
        return policy.title

    def item_link(self, policy):
        return policy.get_url(self.request)

    def item_description(self, policy):
        facts = [
            f"{_('Document number')}: {policy.document_number}" if policy.document_number else "",
            f"{_('Issuing body')}: {policy.issuer}",
            f"{_('Status')}: {policy.status_label}",
        ]
        lines = [policy.summary] if policy.summary else []
        lines.append(" · ".join(fact for fact in facts if fact))
        return "\n".join(lines)

    def item_pubdate(self, policy):
        return start_of_day(policy.issue_date)

    def item_updateddate(self, policy):
        return policy.last_published_at or start_of_day(policy.issue_date)

    def item_author_name(self, policy):
        return policy.issuer

    def item_categories(self, policy):
        return [
            self.category_names.get(category.translation_key, category.name)
            for category in policy.categories.all()
        ]


class PolicyAtomFeed(PolicyRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, library):
        return self.description(library)

"""The policy library (clauses 4.4.2(1) and 5.2(1)): national, Tibet and Lhasa policies on
employment, entrepreneurship, training subsidies, social security and workers' rights, each with
a plain-language summary, an interpretation in questions and answers, the full text and its
attachments.

Whether a policy is in force is derived from its dates and today's date in Lhasa, in one place:
`PolicyQuerySet.status_condition` (for queries) and `policy_status` (for one page), which the
tests hold to the same answer on every boundary.
"""

from datetime import datetime, time

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from home.blocks import DocumentLinkBlock, QuestionBlock
from home.models import PortalPage, StandardPage
from portal.choices import TargetGroupCode
from portal.dates import LHASA
from portal.dates import lhasa_today as today
from portal.i18n import active_locale, bcp47
from portal.listing import Facet, build_listing
from search.index import SiteSearch

# Policies take effect and lapse by the calendar of Lhasa, whatever the server's clock says.

# Where "book a consultation about this policy" leads: the service-process page (its slug in
# the default language) until the appointment booking is built. Change it here only.
BOOKING_PAGE_SLUG = "service-process"

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


def start_of_day(day):
    """Midnight in Lhasa at the start of `day`, as an aware datetime (feeds need datetimes)."""
    return datetime.combine(day, time.min, tzinfo=LHASA)


class Level(models.TextChoices):
    """Who issued the policy, and so where it applies."""

    NATIONAL = "national", _("National")
    TIBET = "tibet", _("Tibet Autonomous Region")
    LHASA = "lhasa", _("Lhasa")


# The jurisdiction of each level, for structured data (schema.org legislationJurisdiction).
JURISDICTIONS = {
    Level.NATIONAL: _("People's Republic of China"),
    Level.TIBET: _("Tibet Autonomous Region"),
    Level.LHASA: _("Lhasa"),
}


class PolicyStatus(models.TextChoices):
    NOT_YET_IN_FORCE = "not_yet_in_force", _("Not yet in force")
    IN_FORCE = "in_force", _("In force")
    EXPIRED = "expired", _("Expired")


def policy_status(effective_date, expiry_date, on):
    """The status on day `on` of a policy in force from `effective_date` to `expiry_date`.

    Both days count: a policy is in force on the day it takes effect and on its expiry date
    (有效期至), and expired from the day after. No expiry date means in force indefinitely.
    `PolicyQuerySet.status_condition` says the same in SQL.
    """
    if effective_date > on:
        return PolicyStatus.NOT_YET_IN_FORCE
    if expiry_date is not None and expiry_date < on:
        return PolicyStatus.EXPIRED
    return PolicyStatus.IN_FORCE


class PolicyQuerySet(PageQuerySet):
    @staticmethod
    def status_condition(status, on=None):
        """The condition on a policy's dates for `status` on day `on` (today in Lhasa)."""
        on = on or today()
        if status == PolicyStatus.NOT_YET_IN_FORCE:
            return Q(effective_date__gt=on)
        if status == PolicyStatus.EXPIRED:
            return Q(expiry_date__lt=on)
        if status == PolicyStatus.IN_FORCE:
            return Q(effective_date__lte=on) & (
                Q(expiry_date__isnull=True) | Q(expiry_date__gte=on)
            )
        raise ValueError(f"Unknown policy status: {status!r}")

    def with_status(self, status, on=None):
        return self.filter(self.status_condition(status, on))

    def in_force(self, on=None):
        return self.with_status(PolicyStatus.IN_FORCE, on)

    def not_yet_in_force(self, on=None):
        return self.with_status(PolicyStatus.NOT_YET_IN_FORCE, on)

    def expired(self, on=None):
        return self.with_status(PolicyStatus.EXPIRED, on)

    def newest_first(self):
        return self.order_by("-issue_date", "-first_published_at", "-path")


PolicyPageManager = PageManager.from_queryset(PolicyQuerySet)


def default_locale_only():
    """Editors tag a policy with the categories of the default language; the Tibetan page
    shows their translations."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


@register_snippet
class PolicyCategory(TranslatableMixin, models.Model):
    """A subject editors file policies under (employment, training subsidies, …).

    The slug is the category's value in filter addresses (?category=training-subsidies); it is
    the same in every language, so a filtered list can be shared across languages.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in the addresses of filtered lists; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_policy_category_slug_per_locale"
            )
        ]
        verbose_name = _("policy category")
        verbose_name_plural = _("policy categories")

    def __str__(self):
        return self.name


def localized_categories(categories):
    """`categories` (any language) as the active language's translations, in their order.

    Translated pages keep pointing at the categories their source page chose (wagtail-localize
    synchronises many-to-many fields), so names are looked up here, in one query.
    """
    categories = list(categories)
    locale = active_locale()
    foreign = [c.translation_key for c in categories if c.locale_id != locale.id]
    translated = {}
    if foreign:
        translated = {
            c.translation_key: c
            for c in PolicyCategory.objects.filter(translation_key__in=foreign, locale=locale)
        }
    return [translated.get(c.translation_key, c) for c in categories]


def category_choices():
    """(slug, name) of every category, named in the active language where translated."""
    locale = active_locale()
    rows = PolicyCategory.objects.filter(
        Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE)
    )
    names = {}
    for row in sorted(rows, key=lambda row: row.locale_id != locale.id):
        names.setdefault(row.slug, (row.sort_order, row.name))
    return [(slug, name) for slug, (_order, name) in sorted(names.items(), key=lambda i: i[1])]


class PolicyIndexPage(RoutablePageMixin, PortalPage):
    """The policy library: every policy below it, filtered and counted, with RSS and Atom feeds
    of the newest."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    max_count_per_parent = 1

    FEED_SIZE = 20

    class Meta:
        verbose_name = _("policy library")
        verbose_name_plural = _("policy libraries")

    def policies(self):
        """The published policies of this library (so of its language), newest first."""
        return (
            PolicyPage.objects.child_of(self)
            .live()
            .public()
            .select_related("locale")
            .defer_streamfields()
            .defer("body")
            .newest_first()
        )

    def facets(self, policies):
        years = [day.year for day in policies.dates("issue_date", "year", order="DESC")]
        return [
            Facet("level", _("Level"), "level", Level.choices, multiple=True),
            Facet(
                "category",
                _("Category"),
                "categories__slug",
                category_choices(),
                multiple=True,
            ),
            Facet(
                "group",
                _("Target group"),
                "target_groups__code",
                TargetGroupCode.choices,
                multiple=True,
            ),
            Facet("year", _("Year of issue"), "issue_date__year", [(y, y) for y in years]),
            Facet(
                "status",
                _("Status"),
                "",
                PolicyStatus.choices,
                filter=PolicyQuerySet.status_condition,
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        policies = self.policies()
        context["listing"] = build_listing(request, policies, self.facets(policies))
        context["feeds"] = self.feed_urls(request)
        return context

    def feed_urls(self, request=None):
        url = self.get_url(request)
        return {
            "rss": url + self.reverse_subpage("rss_feed"),
            "atom": url + self.reverse_subpage("atom_feed"),
        }

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from policies.feeds import PolicyRssFeed

        return PolicyRssFeed()(request, library=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from policies.feeds import PolicyAtomFeed

        return PolicyAtomFeed()(request, library=self)


class PolicyPage(PortalPage):
    """One policy document, its metadata and a plain-language interpretation."""

    document_number = models.CharField(
        _("document number"),
        max_length=100,
        blank=True,
        help_text=_("As printed on the document, e.g. 国办发〔2015〕47号; kept in every language."),
    )
    issuer = models.CharField(_("issued by"), max_length=200)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    categories = ParentalManyToManyField(
        PolicyCategory,
        verbose_name=_("categories"),
        blank=True,
        related_name="policies",
        limit_choices_to=default_locale_only,
    )
    target_groups = ParentalManyToManyField(
        "portal.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="policies"
    )
    issue_date = models.DateField(_("issue date"))
    effective_date = models.DateField(_("effective date"))
    expiry_date = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("The last day the policy is in force. Leave empty if it has no end date."),
    )
    body = RichTextField(_("full text"), blank=True, features=RICH_TEXT_FEATURES)
    interpretation = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("interpretation"),
        blank=True,
        help_text=_("The questions workers ask about this policy, answered in plain words."),
    )
    attachments = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("attachments"), blank=True
    )
    related_policies = StreamField(
        [("policy", blocks.PageChooserBlock(label=_("Policy"), page_type="policies.PolicyPage"))],
        verbose_name=_("related policies"),
        blank=True,
    )

    objects = PolicyPageManager()

    override_translatable_fields = [SynchronizedField("document_number")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("document_number"),
        index.SearchField("issuer"),
        index.SearchField("body"),
        index.SearchField("interpretation"),
        index.FilterField("level"),
        index.FilterField("issue_date"),
        index.FilterField("effective_date"),
        index.FilterField("expiry_date"),
        SiteSearch(_("Policies"), text_fields=["summary", "body"]),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("document_number"),
        FieldPanel("issuer"),
        FieldPanel("level"),
        MultiFieldPanel(
            [FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")],
            heading=_("Dates"),
        ),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("interpretation"),
        FieldPanel("body"),
        FieldPanel("attachments"),
        FieldPanel("related_policies"),
    ]
    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

    def clean(self):
        super().clean()
        if self.expiry_date and self.effective_date and self.expiry_date < self.effective_date:
            raise ValidationError(
                {"expiry_date": _("A policy cannot expire before it takes effect.")}
            )

    @property
    def status(self):
        """In force, not yet in force or expired, today in Lhasa."""
        return policy_status(self.effective_date, self.expiry_date, today())

    @property
    def status_label(self):
        return self.status.label

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = localized_categories(self.categories.all())
        context["target_groups"] = list(self.target_groups.all())
        context["related"] = self.related()
        context["booking_page"] = booking_page()
        context["structured_data"] = self.structured_data(request)
        return context

    def related(self):
        """The related policies, in the chosen order, as their live pages in this page's
        language (a chooser keeps pointing at the source language's page)."""
        ids = [item["value"] for item in self.related_policies.raw_data if item.get("value")]
        if not ids:
            return []
        keys = Page.objects.filter(pk__in=ids).values("translation_key")
        pages = {
            page.translation_key: page
            for page in PolicyPage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .select_related("locale")
            .defer_streamfields()
            .defer("body")
        }
        order = dict(Page.objects.filter(pk__in=ids).values_list("translation_key", "pk"))
        position = {pk: number for number, pk in enumerate(ids)}
        return sorted(pages.values(), key=lambda page: position[order[page.translation_key]])

    def structured_data(self, request=None):
        """schema.org Legislation, for search engines."""
        status = self.status
        legal_force = "InForce" if status == PolicyStatus.IN_FORCE else "NotInForce"
        issuer = {"@type": "GovernmentOrganization", "name": self.issuer}
        data = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": self.title,
            "legislationIdentifier": self.document_number,
            "legislationDate": self.issue_date,
            "legislationDateVersion": self.effective_date,
            "legislationLegalForce": f"https://schema.org/{legal_force}",
            "legislationJurisdiction": str(JURISDICTIONS[self.level]),
            "legislationPassedBy": issuer,
            "author": issuer,
            "publisher": issuer,
            "inLanguage": bcp47(self.locale.language_code),
            "url": self.get_full_url(request),
        }
        if self.summary:
            data["description"] = self.summary
        if self.expiry_date:
            data["expires"] = self.expiry_date
        if not self.document_number:
            del data["legislationIdentifier"]
        return data


def booking_page():
    """The page where a worker books a consultation, in the active language, or None."""
    source = StandardPage.objects.filter(
        slug=BOOKING_PAGE_SLUG, locale__language_code=settings.LANGUAGE_CODE
    ).values("translation_key")
    pages = (
        StandardPage.objects.live()
        .filter(translation_key__in=source)
        .select_related("locale")
        .only("id", "title", "url_path", "translation_key", "locale", "depth", "path")
    )
    locale = active_locale()
    pages = sorted(pages, key=lambda page: page.locale_id != locale.id)
    return pages[0] if pages else None

"""Case studies (clause 4.4.2(4)): workers who came home to Lhasa and found work or started a
business, told so that others in the same situation (the groups of clause 5.2(5)) see what
worked, what it cost and which support helped.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cases.blocks import StoryBlock, SupportBlock
from cases.images import CARD, DETAIL, renditions_prefetch
from home.models import PortalPage
from portal.choices import District, TargetGroupCode
from portal.i18n import bcp47, localize_pages
from portal.listing import Facet, build_listing
from search.index import SiteSearch

# The groups a person can belong to; "all returning workers" describes no one in particular.
CASE_GROUPS = [
    (code, label) for code, label in TargetGroupCode.choices if code != TargetGroupCode.ALL
]


class Industry(models.TextChoices):
    AGRICULTURE = "agriculture", _("Agriculture and herding")
    CONSTRUCTION = "construction", _("Construction")
    CRAFTS = "crafts", _("Tibetan crafts")
    TOURISM = "tourism", _("Tourism and hospitality")
    CATERING = "catering", _("Catering")
    TRANSPORT = "transport", _("Transport and logistics")
    RETAIL = "retail", _("Retail and e-commerce")
    DOMESTIC = "domestic", _("Domestic services")
    MANUFACTURING = "manufacturing", _("Manufacturing")
    OTHER = "other", _("Other")


class Outcome(models.TextChoices):
    EMPLOYED = "employed", _("Found a job")
    BUSINESS = "business", _("Started a business")
    COOPERATIVE = "cooperative", _("Set up or joined a cooperative")


def photo_queryset(size):
    """A page's photos with their images and the renditions of `size`, in editor order."""
    return (
        CasePhoto.objects.select_related("image")
        .prefetch_related(renditions_prefetch(size))
        .order_by("sort_order", "pk")
    )


class CaseQuerySet(PageQuerySet):
    def published(self):
        """What readers may see: live and without a view restriction."""
        return self.live().public()

    def for_cards(self):
        """Ready for a list of cards: no story loaded, the first photo and its renditions
        fetched for all items at once (`card_photos`)."""
        first_photo = (
            CasePhoto.objects.filter(page=OuterRef("page"))
            .order_by("sort_order", "pk")
            .values("pk")
        )
        return self.defer_streamfields().prefetch_related(
            Prefetch(
                "photos",
                queryset=photo_queryset(CARD).filter(pk=Subquery(first_photo[:1])),
                to_attr="card_photos",
            )
        )

    def same_county_as(self, page):
        """Other published case studies of the same section and language from `page`'s county."""
        return (
            self.published()
            .sibling_of(page, inclusive=False)
            .filter(district=page.district)
            .order_by("-first_published_at", "-pk")
        )


CaseManager = PageManager.from_queryset(CaseQuerySet)


class CaseIndexPage(PortalPage):
    """The case studies, filtered by county, industry, outcome and group (clause 5.2(5))."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )

    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cases.CasePage"]

    class Meta:
        verbose_name = _("case study index")
        verbose_name_plural = _("case study indexes")

    def facets(self):
        return [
            Facet("county", _("County or district"), "district", District.choices),
            Facet("industry", _("Industry"), "industry", Industry.choices),
            Facet("outcome", _("Outcome"), "outcome", Outcome.choices),
            Facet("group", _("Group"), "target_groups__code", CASE_GROUPS, multiple=True),
        ]

    def cases(self):
        return (
            CasePage.objects.published()
            .child_of(self)
            .for_cards()
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = build_listing(request, self.cases(), self.facets())
        return context


class CasePage(PortalPage):
    """One worker's story: who (under another name), where, in which trade, what came of it,
    the figures, the support that helped and the lesson for others."""

    person = models.CharField(
        _("name of the person"),
        max_length=60,
        help_text=_("An invented name (marked as such) or initials, never the real name."),
    )
    district = models.CharField(_("county or district"), max_length=20, choices=District.choices)
    industry = models.CharField(_("industry"), max_length=20, choices=Industry.choices)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    target_groups = ParentalManyToManyField(
        "portal.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="case_pages",
        limit_choices_to={"code__in": [code for code, _label in CASE_GROUPS]},
    )
    lesson = models.CharField(
        _("lesson learnt"),
        max_length=200,
        help_text=_("One sentence another worker can take away; shown prominently."),
    )
    story = StreamField(StoryBlock(), verbose_name=_("story"))
    support = StreamField(SupportBlock(), verbose_name=_("support received"), blank=True)
    jobs_created = models.PositiveIntegerField(_("jobs created"), null=True, blank=True)
    income_before = models.PositiveIntegerField(
        _("monthly income before (yuan)"), null=True, blank=True
    )
    income_after = models.PositiveIntegerField(
        _("monthly income after (yuan)"), null=True, blank=True
    )
    investment = models.PositiveIntegerField(_("investment (yuan)"), null=True, blank=True)

    objects = CaseManager()

    search_fields = PortalPage.search_fields + [
        index.SearchField("person"),
        index.SearchField("lesson"),
        index.SearchField("story"),
        index.FilterField("district"),
        index.FilterField("industry"),
        index.FilterField("outcome"),
        SiteSearch(_("Case studies"), text_fields=["summary", "lesson", "story"]),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("lesson"),
        MultiFieldPanel(
            [
                FieldPanel("person"),
                FieldRowPanel([FieldPanel("district"), FieldPanel("industry")]),
                FieldPanel("outcome"),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("The worker"),
        ),
        FieldPanel("story"),
        InlinePanel("photos", label=_("Photos"), heading=_("Photos")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("income_before"), FieldPanel("income_after")]),
                FieldRowPanel([FieldPanel("jobs_created"), FieldPanel("investment")]),
            ],
            heading=_("Figures"),
        ),
        FieldPanel("support"),
    ]
    parent_page_types = ["cases.CaseIndexPage"]
    subpage_types = []
    # Translations name the same groups as their source (wagtail-localize skips many-to-many
    # fields unless told to keep them in step).
    override_translatable_fields = [SynchronizedField("target_groups")]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    @property
    def income_change(self):
        """Monthly income after minus before, in yuan; None unless both are known."""
        if self.income_before is None or self.income_after is None:
            return None
        return self.income_after - self.income_before

    @property
    def income_change_amount(self):
        """The size of the change, without its sign (the template says up or down in words)."""
        change = self.income_change
        return None if change is None else abs(change)

    @property
    def has_figures(self):
        return any(
            value is not None
            for value in (self.jobs_created, self.income_before, self.income_after, self.investment)
        )

    def clean(self):
        super().clean()
        if any(not (photo.alt_text or "").strip() for photo in self.photos.all()):
            raise ValidationError(
                _("Every photo needs an alternative text."), code="photo_alt_text_missing"
            )

    def photos_for_display(self):
        photos = self.photos.all()
        if isinstance(photos, models.QuerySet):  # not a preview's unsaved photos
            photos = photos.select_related("image").prefetch_related(renditions_prefetch(DETAIL))
        return list(photos)

    def support_items(self):
        """The support received, each page link followed to the reader's language."""
        items = list(self.support)
        localized = localize_pages(
            item.value["page"] for item in items if item.block_type != "other"
        )
        result = []
        for item in items:
            if item.block_type == "other":
                result.append({"kind": item.block_type, "page": None, "note": item.value})
                continue
            page = item.value["page"]
            if page is None or not page.live:
                continue
            result.append(
                {"kind": item.block_type, "page": localized[page.pk], "note": item.value["note"]}
            )
        return result

    def structured_data(self, request, photos):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.lesson,
            "inLanguage": bcp47(translation.get_language()),
            "url": request.build_absolute_uri(self.get_url(request)),
            "datePublished": self.first_published_at,
            "dateModified": self.last_published_at,
        }
        if photos:
            rendition = photos[0].image.get_renditions(*DETAIL.filters)[DETAIL.filters[-1]]
            data["image"] = request.build_absolute_uri(rendition.url)
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        photos = self.photos_for_display()
        context["photos"] = photos
        context["support_items"] = self.support_items()
        context["other_cases"] = (
            CasePage.objects.same_county_as(self).defer_streamfields()[:3]
            if self.pk  # not a preview of a page not saved yet
            else []
        )
        context["structured_data"] = self.structured_data(request, photos)
        return context


class CasePhoto(TranslatableMixin, Orderable):
    """A photo of a case study. The first is the one its card shows in the listing."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=200,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.alt_text

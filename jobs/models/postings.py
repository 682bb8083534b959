"""Job postings (clause 6.3.1) as Wagtail pages, so that they get the review workflow,
scheduling, revisions and translation; and the job index that lists them.

What counts as an open job is decided only by `JobQuerySet.open`: live, not past Wagtail's
expiry time, and the closing date not yet past in Lhasa. A job closes at the end of its closing
day without any scheduled task having to run.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.links import appointment_url
from home.models import PortalPage
from jobs.choices import ContractType, LanguageRequired, SkillRequired, WageUnit
from jobs.listing import chosen_township, distance_between, job_listing
from jobs.review.panels import ReviewWarningsPanel
from jobs.structured_data import job_posting
from portal.dates import lhasa_today
from regions.models import Area
from search.index import SiteSearch

RICH_TEXT_FEATURES = ["bold", "ol", "ul", "link"]


class JobQuerySet(PageQuerySet):
    def open(self, on=None, now=None):
        """The jobs a worker can apply for: live, not expired, closing date not past.

        `on` is the day in Lhasa (today by default), `now` the moment for Wagtail's expiry time.
        """
        now = now or timezone.now()
        return (
            self.live()
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
            .filter(closing_date__gte=on or lhasa_today(now))
        )


JobManager = PageManager.from_queryset(JobQuerySet)


class JobIndexPage(RoutablePageMixin, PortalPage):
    """The job listings: every open job below it, searched, filtered, counted and sorted."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["jobs.JobPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job index")
        verbose_name_plural = _("job indexes")

    def jobs(self):
        """The open jobs below this index."""
        return JobPage.objects.open().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = job_listing(request, self.jobs())
        context["areas"] = Area.objects.prefetch_related("townships")
        context["appointment_url"] = appointment_url(request)
        context["feed_url"] = self.get_url(request) + self.reverse_subpage("feed")
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        """RSS of the newest open jobs, in this index's language."""
        from jobs.feeds import JobFeed

        return JobFeed()(request, index=self)


class JobPage(PortalPage):
    # The facts of a posting are the same in both languages; only its texts are translated.
    FACTS = [
        "employer_id",
        "occupation_id",
        "skill_required",
        "headcount",
        "wage_min",
        "wage_max",
        "wage_unit",
        "township_id",
        "accommodation",
        "meals",
        "language_required",
        "contract_type",
        "start_date",
        "closing_date",
    ]

    employer = models.ForeignKey(
        "jobs.Employer", verbose_name=_("employer"), on_delete=models.PROTECT, related_name="jobs"
    )
    occupation = models.ForeignKey(
        "occupations.Occupation",
        verbose_name=_("occupation"),
        on_delete=models.PROTECT,
        related_name="jobs",
        limit_choices_to={"level": 4},
    )
    skill_required = models.CharField(
        _("qualification required"),
        max_length=10,
        choices=SkillRequired.choices,
        default=SkillRequired.NONE,
    )
    headcount = models.PositiveSmallIntegerField(_("number of workers wanted"), default=1)
    wage_min = models.PositiveIntegerField(_("wage from (yuan)"))
    wage_max = models.PositiveIntegerField(_("wage up to (yuan)"))
    wage_unit = models.CharField(
        _("wage paid"), max_length=10, choices=WageUnit.choices, default=WageUnit.MONTH
    )
    township = models.ForeignKey(
        "regions.Township",
        verbose_name=_("workplace (township)"),
        on_delete=models.PROTECT,
        related_name="jobs",
    )
    accommodation = models.BooleanField(_("accommodation provided"), default=False)
    meals = models.BooleanField(_("meals provided"), default=False)
    language_required = models.CharField(
        _("language at work"),
        max_length=10,
        choices=LanguageRequired.choices,
        default=LanguageRequired.EITHER,
    )
    working_hours = models.CharField(_("working hours"), max_length=200)
    contract_type = models.CharField(
        _("contract"),
        max_length=20,
        choices=ContractType.choices,
        default=ContractType.FIXED_TERM,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    closing_date = models.DateField(
        _("closing date"), help_text=_("The last day on which workers can apply.")
    )
    description = RichTextField(_("the work"), features=RICH_TEXT_FEATURES)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES)

    objects = JobManager()

    override_translatable_fields = [
        SynchronizedField(name.removesuffix("_id"), overridable=False) for name in FACTS
    ]

    search_fields = PortalPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("working_hours"),
        index.SearchField("names_for_search"),
        index.FilterField("closing_date"),
        SiteSearch(_("Jobs"), text_fields=["summary", "description"]),
    ]
    content_panels = Page.content_panels + [
        ReviewWarningsPanel(),
        MultiFieldPanel(
            [FieldPanel("employer"), FieldPanel("occupation"), FieldPanel("skill_required")],
            heading=_("Who is wanted"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("wage_min"), FieldPanel("wage_max"), FieldPanel("wage_unit")]
                ),
                FieldRowPanel([FieldPanel("headcount"), FieldPanel("contract_type")]),
                FieldPanel("township"),
                FieldRowPanel([FieldPanel("accommodation"), FieldPanel("meals")]),
                FieldPanel("language_required"),
                FieldPanel("working_hours"),
            ],
            heading=_("Terms"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("closing_date")]),
        FieldPanel("description"),
        FieldPanel("how_to_apply"),
    ]
    parent_page_types = ["jobs.JobIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        indexes = [models.Index(fields=["closing_date"])]

    def names_for_search(self):
        """The employer, occupation and place in the page's own language, for the search index:
        a Chinese page must not be found by Tibetan words, nor the reverse (4.1.3)."""
        township = self.township
        if self.locale.language_code == "bo":
            names = [self.employer.name_bo, self.occupation.name_bo, township.area.name_bo]
            names.append(township.name_bo)
        else:
            names = [self.employer.name, self.occupation.name_zh, township.area.name_zh]
            names.append(township.name_zh)
        return " ".join(filter(None, names))

    def is_open(self, on=None):
        return JobPage.objects.open(on=on).filter(pk=self.pk).exists()

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        near = chosen_township(request.GET.get("near"))
        context.update(
            near=near,
            distance=distance_between(near, self.township) if near else None,
            job_open=self.is_open() if self.pk else False,
            appointment_url=appointment_url(request, job=self.pk),
            structured_data=job_posting(self, request),
            areas=Area.objects.prefetch_related("townships"),
        )
        return context

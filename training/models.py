"""The training catalogue (clauses 6.2.1, 6.2.2, 5.2(3)): qualified institutions and their courses.

One rule decides what the portal may recommend: an institution whose qualification (its
training licence) has lapsed is "not recommended". `TrainingInstitution.objects.qualified()` is
that rule; courses derive their enrolment status from it (`CoursePage.objects.with_status()`),
and the catalogue's default view and its recommendations show only
`CoursePage.objects.open_for_enrolment()`.

Institutions and courses exist once per language (wagtail-localize). Their facts — licence,
validity, dates, seats, cost — are the same in every language: they are synchronised fields
translators cannot override, and saving or publishing the Chinese copy writes them to its
translations at once (see `share_facts`), so a Tibetan reader never sees a stale seat count.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, OuterRef, Value, When
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.links import appointment_url
from home.models import PortalPage
from occupations.models import Occupation
from portal.choices import District
from portal.dates import lhasa_today
from portal.i18n import share_facts
from search.index import SiteSearch

RICH_TEXT_FEATURES = ["bold", "ol", "ul", "link"]

# The occupation's major group (大类), three levels up the classification.
MAJOR_GROUP = "occupation__parent__parent__parent"


# -------------------------------------------------------------------------------------------
# Institutions
# -------------------------------------------------------------------------------------------


class TrainingInstitutionQuerySet(models.QuerySet):
    def qualified(self, on=None):
        """Institutions whose licence is valid on `on` (today in Lhasa by default), the last day
        included. The others are "not recommended" (clause 6.2.2)."""
        return self.filter(valid_until__gte=on or lhasa_today())


class TrainingInstitution(TranslatableMixin, models.Model):
    """A training school or centre and its qualification to train (clause 6.2.2).

    A snippet rather than a page: workers meet institutions through their courses, and staff
    choose one from the course editor; its details are shown on each course page.
    """

    name = models.CharField(_("name"), max_length=120)
    licence_number = models.CharField(
        _("licence number"),
        max_length=60,
        help_text=_("The number of the training licence (办学许可证) or other qualification."),
    )
    issuing_authority = models.CharField(_("issuing authority"), max_length=120)
    valid_until = models.DateField(
        _("valid until"),
        help_text=_(
            "The last day the qualification is valid. After it, the institution's courses are "
            "marked not recommended and are not offered for booking."
        ),
    )
    address = models.CharField(_("address"), max_length=200)
    district = models.CharField(_("district or county"), max_length=20, choices=District.choices)
    contact_person = models.CharField(_("contact person"), max_length=60)
    phone = models.CharField(_("telephone"), max_length=30)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, max_length=1000)

    objects = TrainingInstitutionQuerySet.as_manager()

    # The same in every language; saving the Chinese copy updates the translations.
    FACTS = ["licence_number", "valid_until", "district", "phone", "website"]
    override_translatable_fields = [SynchronizedField(name, overridable=False) for name in FACTS]

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("licence_number"),
                FieldPanel("issuing_authority"),
                FieldPanel("valid_until"),
            ],
            heading=_("Qualification"),
        ),
        FieldPanel("address"),
        FieldPanel("district"),
        FieldRowPanel([FieldPanel("contact_person"), FieldPanel("phone")]),
        FieldPanel("website"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("training institution")
        verbose_name_plural = _("training institutions")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        share_facts(self, self.FACTS)


# -------------------------------------------------------------------------------------------
# Courses
# -------------------------------------------------------------------------------------------


class SkillLevel(models.TextChoices):
    """What a course leads to: a special vocational ability certificate, or one of the five
    levels of the national vocational skill grading (五级/初级工 … 一级/高级技师)."""

    SPECIAL = "special", _("Special vocational ability")
    LEVEL_5 = "5", _("Level 5: beginner")
    LEVEL_4 = "4", _("Level 4: intermediate")
    LEVEL_3 = "3", _("Level 3: senior")
    LEVEL_2 = "2", _("Level 2: technician")
    LEVEL_1 = "1", _("Level 1: senior technician")


class Language(models.TextChoices):
    CHINESE = "zh", _("Chinese")
    TIBETAN = "bo", _("Tibetan")
    BOTH = "both", _("Chinese and Tibetan")


# BCP 47 tags of the languages a course is taught in (schema.org inLanguage).
LANGUAGE_TAGS = {Language.CHINESE: ["zh"], Language.TIBETAN: ["bo"], Language.BOTH: ["zh", "bo"]}


class DurationUnit(models.TextChoices):
    HOURS = "hours", _("hours")
    DAYS = "days", _("days")


class EnrolmentStatus(models.TextChoices):
    """Whether a worker can be booked onto a course today; computed by the database."""

    OPEN = "open", _("Open for enrolment")
    FULL = "full", _("Fully booked")
    STARTED = "started", _("Enrolment closed: the course has started")
    NOT_RECOMMENDED = (
        "not_recommended",
        _("Not recommended: the institution's qualification has lapsed"),
    )


class CourseQuerySet(PageQuerySet):
    def with_status(self, on=None):
        """Annotate `institution_qualified` and `enrolment_status` as they are on `on`."""
        day = on or lhasa_today()
        qualified = TrainingInstitution.objects.qualified(on=day)
        return self.annotate(
            institution_qualified=Exists(qualified.filter(pk=OuterRef("institution_id")))
        ).annotate(
            enrolment_status=Case(
                When(institution_qualified=False, then=Value(EnrolmentStatus.NOT_RECOMMENDED)),
                When(start_date__lt=day, then=Value(EnrolmentStatus.STARTED)),
                When(seats_left__lte=0, then=Value(EnrolmentStatus.FULL)),
                default=Value(EnrolmentStatus.OPEN),
                output_field=models.CharField(),
            )
        )

    def qualified_on(self, day):
        """Courses whose institution's qualification is valid on `day`: the only ones a worker
        can be enrolled in on that day (clause 6.2.2)."""
        return self.filter(institution__valid_until__gte=day)

    def open_for_enrolment(self, on=None):
        """Live courses that have not started, have seats left, at a qualified institution."""
        return self.live().with_status(on).filter(enrolment_status=EnrolmentStatus.OPEN)


CourseManager = PageManager.from_queryset(CourseQuerySet)


class CourseIndexPage(PortalPage):
    """The training catalogue: every course below it, filtered and counted (clause 5.2(3))."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def courses(self):
        return (
            CoursePage.objects.child_of(self)
            .live()
            .public()
            .with_status()
            .select_related("institution", "occupation")
            .order_by("start_date", "path")
        )

    def get_context(self, request, *args, **kwargs):
        from training.listing import course_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = course_listing(request, self.courses())
        context["institutions"] = TrainingInstitution.objects.qualified().filter(
            locale_id=self.locale_id
        )
        return context


class CoursePage(PortalPage):
    """One course at one institution, with what a worker needs to decide and enrol (6.2.2)."""

    institution = models.ForeignKey(
        TrainingInstitution,
        verbose_name=_("training institution"),
        on_delete=models.PROTECT,
        related_name="courses",
    )
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("occupation"),
        on_delete=models.PROTECT,
        related_name="courses",
        limit_choices_to={"level": Occupation.Level.OCCUPATION},
        help_text=_("The occupation of the national classification the course trains for."),
    )
    skill_level = models.CharField(
        _("skill level reached"), max_length=10, choices=SkillLevel.choices
    )
    language = models.CharField(
        _("language of instruction"), max_length=4, choices=Language.choices
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    duration = models.PositiveSmallIntegerField(_("duration"))
    duration_unit = models.CharField(
        _("duration in"), max_length=5, choices=DurationUnit.choices, default=DurationUnit.DAYS
    )
    schedule = models.CharField(
        _("schedule"), max_length=200, help_text=_("e.g. Monday to Friday, 9:30–17:30")
    )
    location = models.CharField(_("location"), max_length=200)
    district = models.CharField(_("district or county"), max_length=20, choices=District.choices)
    seats = models.PositiveSmallIntegerField(_("seats"))
    seats_left = models.PositiveSmallIntegerField(_("seats left"))
    cost = models.PositiveIntegerField(
        _("cost in yuan"), default=0, help_text=_("What a worker pays; 0 means free.")
    )
    subsidy_eligible = models.BooleanField(_("eligible for a training subsidy"), default=False)
    subsidy_note = models.CharField(
        _("about the subsidy"),
        max_length=200,
        blank=True,
        help_text=_("Who can claim it and how, in one sentence."),
    )
    description = RichTextField(_("what you will learn"), blank=True, features=RICH_TEXT_FEATURES)
    how_to_enrol = RichTextField(_("how to enrol"), features=RICH_TEXT_FEATURES)

    objects = CourseManager()

    # The same in every language; publishing the Chinese page updates the translations.
    FACTS = [
        "occupation_id",
        "skill_level",
        "language",
        "start_date",
        "end_date",
        "duration",
        "duration_unit",
        "district",
        "seats",
        "seats_left",
        "cost",
        "subsidy_eligible",
    ]
    override_translatable_fields = [
        SynchronizedField(name.removesuffix("_id"), overridable=False) for name in FACTS
    ]

    search_fields = PortalPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("how_to_enrol"),
        index.SearchField("schedule"),
        index.SearchField("location"),
        index.RelatedFields("institution", [index.SearchField("name")]),
        index.SearchField("occupation_name_for_search"),
        index.FilterField("language"),
        index.FilterField("district"),
        SiteSearch(_("Training courses"), text_fields=["summary", "description"]),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("institution"),
                FieldPanel("occupation"),
                FieldPanel("skill_level"),
                FieldPanel("language"),
            ],
            heading=_("Course"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("duration_unit")]),
                FieldPanel("schedule"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("district")], heading=_("Where")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("seats"), FieldPanel("seats_left")]),
                FieldPanel("cost"),
                FieldPanel("subsidy_eligible"),
                FieldPanel("subsidy_note"),
            ],
            heading=_("Seats and cost"),
        ),
        FieldPanel("description"),
        FieldPanel("how_to_enrol"),
    ]
    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("A course cannot end before it starts.")
        if self.seats is not None and self.seats_left is not None and self.seats_left > self.seats:
            errors["seats_left"] = _("There cannot be more seats left than seats.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_free(self):
        return self.cost == 0

    def status(self):
        """This course's row as `CoursePage.objects.with_status()` gives it, with its institution
        and occupation; None for a page not saved yet (a preview)."""
        if self.pk is None:
            return None
        return (
            CoursePage.objects.with_status()
            .select_related("institution", "occupation")
            .filter(pk=self.pk)
            .first()
        )

    def recommendations(self, limit=3):
        """Other courses of this catalogue in the same occupation major group that a worker can
        be booked onto (clause 6.2.2): the same occupation first, then the soonest."""
        major_group = Occupation.objects.filter(children__children__children=self.occupation_id)
        return (
            CoursePage.objects.sibling_of(self, inclusive=False)
            .public()
            .open_for_enrolment()
            .filter(**{f"{MAJOR_GROUP}__in": major_group.values("pk")})
            .select_related("institution")
            .order_by(
                Case(When(occupation_id=self.occupation_id, then=0), default=1),
                "start_date",
                "path",
            )[:limit]
        )

    def occupation_name_for_search(self):
        """The occupation in the page's own language, for the search index: a Chinese page must
        not be found by Tibetan words, nor the reverse (4.1.3)."""
        occupation = self.occupation
        return occupation.name_bo if self.locale.language_code == "bo" else occupation.name_zh

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.status()
        status = course.enrolment_status if course else None
        institution = course.institution if course else self.institution
        context.update(
            institution=institution,
            institution_qualified=bool(course and course.institution_qualified),
            enrolment_status=status,
            enrolment_status_label=EnrolmentStatus(status).label if status else "",
            enrolment_open=status == EnrolmentStatus.OPEN,
            recommendations=self.recommendations() if self.pk else [],
            appointment_url=appointment_url(
                request, **({"course": self.pk} if status == EnrolmentStatus.OPEN else {})
            ),
            structured_data=self.structured_data(request, institution, status),
        )
        return context

    def structured_data(self, request, institution, status):
        """schema.org Course, with the one course instance and its offer."""
        availability = {
            EnrolmentStatus.OPEN: "https://schema.org/InStock",
            EnrolmentStatus.FULL: "https://schema.org/SoldOut",
        }.get(status, "https://schema.org/Discontinued")
        languages = LANGUAGE_TAGS[Language(self.language)]
        in_language = languages[0] if len(languages) == 1 else languages
        workload = f"PT{self.duration}H" if self.duration_unit == "hours" else None
        if workload is None:
            workload = f"P{self.duration}D"
        provider = {
            "@type": "EducationalOrganization",
            "name": institution.name,
            "address": postal_address(institution.address, institution.district),
        }
        if institution.website:
            provider["url"] = institution.website
        description = self.summary or Truncator(strip_tags(self.description)).chars(300)
        return {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": description or self.title,
            "url": self.get_full_url(request),
            "inLanguage": in_language,
            "provider": provider,
            "educationalCredentialAwarded": str(SkillLevel(self.skill_level).label),
            "hasCourseInstance": {
                "@type": "CourseInstance",
                "courseMode": "onsite",
                "startDate": self.start_date,
                "endDate": self.end_date,
                "courseWorkload": workload,
                "inLanguage": in_language,
                "location": {
                    "@type": "Place",
                    "name": self.location,
                    "address": postal_address(self.location, self.district),
                },
            },
            "offers": {
                "@type": "Offer",
                "price": self.cost,
                "priceCurrency": "CNY",
                "category": "Free" if self.cost == 0 else "Paid",
                "availability": availability,
            },
        }


def postal_address(street, district):
    return {
        "@type": "PostalAddress",
        "streetAddress": street,
        "addressLocality": str(District(district).label),
        "addressRegion": str(_("Lhasa")),
        "addressCountry": "CN",
    }


def publish_facts(sender, instance, **kwargs):
    """page_published: the facts of a course are those of its Chinese page."""
    share_facts(instance, CoursePage.FACTS)


# A worker's plans and enrolments live in their own module; Django finds models through this one.
from training.records.models import Enrolment, ProgressNote, TrainingPlan  # noqa: E402, F401

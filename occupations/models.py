"""The national occupational classification and the local shortage lists (clause 4.4.2(2)).

The classification (中华人民共和国职业分类大典, 2022 edition) is reference data: four levels, each
coded below its parent, loaded from a CSV by `import_occupations` (occupations/importing.py).
Shortage lists (紧缺工种目录) are published per period by the human-resources bureau; staff keep
them in the admin, and what is "current" is decided in one place, `ShortageListQuerySet.current`,
which every page that flags an occupation uses.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import Concat
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.models import PortalPage
from portal.dates import lhasa_today as today
from portal.i18n import active_locale, bcp47
from search.index import SiteSearch

# A code names its level by the number of its parts: "6", "6-29", "6-29-01", "6-29-01-01".
# Major groups are 1 to 8; every other part has two digits ("00" for the only occupation of a
# minor group, "99" for "other").
CODE_PATTERN = re.compile(r"[1-8](?:-[0-9]{2}){0,3}")
CLASSIFICATION_NAME = _("Occupational Classification of the People's Republic of China (2022)")

HAN = re.compile(r"[\u3400-\u9fff]")
TIBETAN_SCRIPT = re.compile(r"[\u0f00-\u0fff]")


def is_valid_code(code):
    return bool(CODE_PATTERN.fullmatch(code or ""))


def level_of(code):
    """The level (1 to 4) a well-formed code stands for."""
    return code.count("-") + 1


def parent_code_of(code):
    """The code of the group a code belongs to; None for a major group."""
    head, _sep, _tail = code.rpartition("-")
    return head or None


def ancestor_codes(code):
    """The codes above `code`, from its major group down: "6-29-01" → ["6", "6-29"]."""
    parts = code.split("-")
    return ["-".join(parts[:length]) for length in range(1, len(parts))]


class OccupationQuerySet(models.QuerySet):
    def occupations(self):
        """Only the finest level, the occupations themselves (细类)."""
        return self.filter(level=Occupation.Level.OCCUPATION)

    def below(self, code):
        """Every node under the node `code`, at any depth."""
        return self.filter(code__startswith=f"{code}-")

    def with_counts(self):
        """Annotate each node with what lies under it, in the same query.

        occupation_count: the occupations (细类) under it;
        shortage_count: those of them on a current shortage list;
        shortage_demand: for an occupation on a current shortage list, its demand level.
        """
        under = Concat(OuterRef("code"), Value("-"))
        occupations = Occupation.objects.occupations().filter(code__startswith=under)
        current = ShortageEntry.objects.current()
        shortage = current.filter(occupation__code__startswith=under)
        return self.annotate(
            occupation_count=Subquery(
                occupations.order_by().values(n=Func(F("pk"), function="COUNT"))
            ),
            shortage_count=Subquery(
                shortage.order_by().values(
                    n=Func(
                        F("occupation_id"),
                        function="COUNT",
                        template="COUNT(DISTINCT %(expressions)s)",
                    )
                )
            ),
            shortage_demand=Subquery(
                current.filter(occupation=OuterRef("pk")).order_by("demand").values("demand")[:1]
            ),
        )


class Occupation(models.Model):
    """One node of the national occupational classification (clause 4.4.2(2)).

    The classification has four levels, each coded below its parent: major group "6",
    medium group "6-29", minor group "6-29-01", occupation "6-29-01-01". Reference data, so each
    row carries its name in both languages rather than being translated through the admin.
    """

    class Level(models.IntegerChoices):
        MAJOR = 1, _("Major group")
        MEDIUM = 2, _("Medium group")
        MINOR = 3, _("Minor group")
        OCCUPATION = 4, _("Occupation")

    code = models.CharField(_("code"), max_length=20, unique=True)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    name_zh = models.CharField(_("name in Chinese"), max_length=120)
    name_bo = models.CharField(_("name in Tibetan"), max_length=250)

    objects = OccupationQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def name(self):
        """The name in the reader's language."""
        return self.name_bo if translation.get_language() == "bo" and self.name_bo else self.name_zh

    @property
    def is_occupation(self):
        return self.level == self.Level.OCCUPATION

    def clean(self):
        """The code decides the level and the parent; the names must be in their scripts."""
        super().clean()
        if not is_valid_code(self.code):
            raise ValidationError({"code": _("Write a code like 6, 6-29, 6-29-01 or 6-29-01-01.")})
        self.level = level_of(self.code)
        parent_code = parent_code_of(self.code)
        self.parent = None
        if parent_code:
            self.parent = Occupation.objects.filter(code=parent_code).first()
            if self.parent is None:
                raise ValidationError(
                    {"code": _("The group %(code)s does not exist yet.") % {"code": parent_code}}
                )
        errors = {}
        if self.name_zh and not HAN.search(self.name_zh):
            errors["name_zh"] = _("Write the name in Chinese characters.")
        if self.name_bo and (HAN.search(self.name_bo) or not TIBETAN_SCRIPT.search(self.name_bo)):
            errors["name_bo"] = _("Write the name in Tibetan script.")
        if errors:
            raise ValidationError(errors)

    def ancestors(self):
        """The groups above this node, from its major group down, in one query."""
        codes = ancestor_codes(self.code)
        return list(Occupation.objects.filter(code__in=codes).order_by("code")) if codes else []

    def structured_data(self):
        """schema.org DefinedTerm: a term of the national classification."""
        return {
            "@context": "https://schema.org",
            "@type": "DefinedTerm",
            "name": self.name,
            "alternateName": self.name_zh if translation.get_language() == "bo" else self.name_bo,
            "termCode": self.code,
            "inDefinedTermSet": {"@type": "DefinedTermSet", "name": str(CLASSIFICATION_NAME)},
        }


class Demand(models.TextChoices):
    """How short of workers Lhasa is in an occupation; "high" sorts first."""

    HIGH = "high", _("High demand")
    MEDIUM = "medium", _("Medium demand")


class ShortageListQuerySet(models.QuerySet):
    def published(self, on=None):
        return self.filter(published_on__lte=on or today())

    def current(self, on=None):
        """The lists in force on day `on` (today in Lhasa): published, and `on` within their
        period (both ends count). Newest period first."""
        on = on or today()
        return self.published(on).filter(period_start__lte=on, period_end__gte=on).newest_first()

    def earlier(self, on=None):
        """Published lists whose period ended before day `on`. Newest period first."""
        on = on or today()
        return self.published(on).filter(period_end__lt=on).newest_first()

    def newest_first(self):
        return self.order_by("-period_start", "-published_on", "-pk")

    def localized(self):
        """The lists in the active language, and those not yet translated into it (in the
        default language), so a reader never misses a list for want of a translation."""
        locale = active_locale()
        default = Q(locale__language_code=settings.LANGUAGE_CODE)
        if locale.language_code == settings.LANGUAGE_CODE:
            return self.filter(default)
        translated = ShortageList.objects.filter(locale=locale).values("translation_key")
        return self.filter(Q(locale=locale) | (default & ~Q(translation_key__in=translated)))


class ShortageList(TranslatableMixin, ClusterableModel):
    """A local list of shortage occupations (紧缺工种目录) for one period (clause 4.4.2(2))."""

    title = models.CharField(_("title"), max_length=200)
    issuer = models.CharField(
        _("issued by"), max_length=200, help_text=_("The office that published the list.")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"), help_text=_("The last day the list applies."))
    published_on = models.DateField(
        _("published on"), help_text=_("The list is shown to the public from this day.")
    )
    source_url = models.URLField(
        _("source"), blank=True, help_text=_("Where the official list can be read, if online.")
    )

    objects = ShortageListQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("issuer"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("published_on"),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("source_url"),
        InlinePanel("entries", heading=_("Shortage occupations"), label=_("Occupation")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-period_start", "-published_on"]
        verbose_name = _("shortage list")
        verbose_name_plural = _("shortage lists")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})

    def is_current(self, on=None):
        on = on or today()
        return self.published_on <= on and self.period_start <= on <= self.period_end

    def sorted_entries(self):
        """The entries with their occupations, high demand first, then by code."""
        return self.entries.select_related("occupation").order_by("demand", "occupation__code")


class ShortageEntryQuerySet(models.QuerySet):
    def current(self, on=None):
        """Entries of the lists in force on day `on`, in any language."""
        return self.filter(list__in=ShortageList.objects.current(on).values("pk"))


class ShortageEntry(TranslatableMixin, Orderable):
    """One occupation on a shortage list, with how short Lhasa is of it."""

    list = ParentalKey(ShortageList, on_delete=models.CASCADE, related_name="entries")
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("occupation"),
        on_delete=models.PROTECT,
        related_name="shortage_entries",
        limit_choices_to={"level": Occupation.Level.OCCUPATION},
    )
    demand = models.CharField(
        _("demand"), max_length=10, choices=Demand.choices, default=Demand.HIGH
    )
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("E.g. where the demand is, or which certificate employers ask for."),
    )

    objects = ShortageEntryQuerySet.as_manager()

    panels = [FieldPanel("occupation"), FieldPanel("demand"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("shortage occupation")
        verbose_name_plural = _("shortage occupations")
        constraints = [
            models.UniqueConstraint(
                fields=["list", "occupation"], name="one_entry_per_occupation_and_list"
            )
        ]

    def __str__(self):
        return str(self.occupation)

    def clean(self):
        super().clean()
        if self.occupation_id and self.occupation.level != Occupation.Level.OCCUPATION:
            raise ValidationError(
                {"occupation": _("Choose an occupation (细类), not a group of occupations.")}
            )


class OccupationBrowserPage(RoutablePageMixin, PortalPage):
    """The classification for the public: major groups down to occupations, each with how many
    occupations it holds and which are on the current shortage list, and the shortage lists
    themselves (clause 4.4.2(2)).

    Routes below the page: `<code>/` (a group or an occupation), `shortage/` (the current list
    and the earlier ones) and `shortage/<id>/` (one list).
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=["h2", "h3", "bold", "ol", "ul", "link"]
    )

    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        SiteSearch(_("Occupational classification")),
    ]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "resources.ResourceIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("occupation browser")
        verbose_name_plural = _("occupation browsers")

    # -- routes ------------------------------------------------------------------------------

    @path("", name="index")
    def index_route(self, request):
        groups = self.nodes(Occupation.objects.filter(level=Occupation.Level.MAJOR), request)
        return self.render(
            request,
            context_overrides={"nodes": groups, "current_list": self.current_list()},
        )

    @path("shortage/", name="shortage")
    def shortage_route(self, request):
        current = self.current_list()
        return self.render_list(request, current, is_current=True)

    @path("shortage/<int:list_id>/", name="shortage_list")
    def shortage_list_route(self, request, list_id):
        found = ShortageList.objects.published().filter(pk=list_id).first()
        if found is None:
            raise Http404
        shown = found.get_translation_or_none(active_locale()) or found
        return self.render_list(request, shown, is_current=shown.is_current())

    @re_path(r"^(?P<code>[1-8](?:-[0-9]{2}){0,3})/$", name="node")
    def node_route(self, request, code):
        node = Occupation.objects.with_counts().filter(code=code).first()
        if node is None:
            raise Http404
        base = self.get_url(request)
        children = self.nodes(node.children.all(), request, base)
        entry = None
        if node.is_occupation and node.shortage_demand:
            entry = (
                ShortageEntry.objects.current()
                .filter(occupation=node, list__in=ShortageList.objects.localized().values("pk"))
                .select_related("list")
                .first()
            )
        return self.render(
            request,
            template="occupations/occupation_node.html",
            context_overrides={
                "node": node,
                "ancestors": self.link(node.ancestors(), base),
                "nodes": children,
                "entry": entry,
                "shortage_url": base + "shortage/",
                "structured_data": node.structured_data(),
            },
        )

    def get_sitemap_urls(self, request=None):
        """The page, its shortage list and every node of the classification, each naming its
        address in the other languages."""
        urls = super().get_sitemap_urls(request)
        page = urls[0]
        for subpath in [
            "shortage/",
            *(f"{code}/" for code in Occupation.objects.values_list("code", flat=True)),
        ]:
            urls.append(
                {
                    "location": page["location"] + subpath,
                    "lastmod": page["lastmod"],
                    "alternates": [
                        {"lang_code": alt["lang_code"], "location": alt["location"] + subpath}
                        for alt in page["alternates"]
                    ],
                }
            )
        return urls

    # -- helpers -----------------------------------------------------------------------------

    def nodes(self, queryset, request, base=None):
        """Nodes with their counts and the address of their page below this one."""
        return self.link(queryset.with_counts().order_by("code"), base or self.get_url(request))

    @staticmethod
    def link(nodes, base):
        nodes = list(nodes)
        for node in nodes:
            node.browse_url = f"{base}{node.code}/"
        return nodes

    def current_list(self):
        """The current shortage list in the reader's language, or None."""
        return ShortageList.objects.current().localized().first()

    def render_list(self, request, shortage_list, is_current):
        base = self.get_url(request)
        entries = []
        if shortage_list is not None:
            entries = list(shortage_list.sorted_entries())
            for entry in entries:
                entry.occupation.browse_url = f"{base}{entry.occupation.code}/"
        earlier = ShortageList.objects.earlier().localized()
        if shortage_list is not None:
            earlier = earlier.exclude(translation_key=shortage_list.translation_key)
        earlier = list(earlier)
        for item in earlier:
            item.browse_url = f"{base}shortage/{item.pk}/"
        return self.render(
            request,
            template="occupations/shortage_list.html",
            context_overrides={
                "shortage_list": shortage_list,
                "is_current": is_current,
                "entries": entries,
                "earlier": earlier,
                "browse_url": base,
                "structured_data": self.list_structured_data(request, shortage_list, entries),
            },
        )

    def list_structured_data(self, request, shortage_list, entries):
        if shortage_list is None:
            return None
        return {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": shortage_list.title,
            "inLanguage": bcp47(translation.get_language() or settings.LANGUAGE_CODE),
            "numberOfItems": len(entries),
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": number,
                    "item": {
                        "@type": "DefinedTerm",
                        "name": entry.occupation.name,
                        "termCode": entry.occupation.code,
                        "url": request.build_absolute_uri(entry.occupation.browse_url),
                    },
                }
                for number, entry in enumerate(entries, start=1)
            ],
        }

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from home.blocks import ContentStreamBlock, HomeStreamBlock, LinkBlock
from portal.choices import District
from portal.i18n import bcp47
from search.index import SiteSearch


class PortalPage(Page):
    """What every public page of the portal has: a plain-language summary and a sitemap entry
    that names its translations."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two plain sentences; shown in listings and to search engines."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    promote_panels = Page.promote_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        translations = (
            self.get_translations(inclusive=True).live().public().select_related("locale")
        )
        alternates = [
            {"lang_code": bcp47(page.locale.language_code), "location": page.get_full_url(request)}
            for page in translations
        ]
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.last_published_at or self.latest_revision_created_at,
                "alternates": alternates,
            }
        ]


class HomePage(PortalPage):
    body = StreamField(HomeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(PortalPage):
    """A guide or a service disclosure (clause 7.1.1); its children are listed below it."""

    class Kind(models.TextChoices):
        GUIDE = "guide", _("Guide")
        SERVICE_CONTENT = "service_content", _("Service content")
        SERVICE_BASIS = "service_basis", _("Basis of the service")
        SERVICE_PROCESS = "service_process", _("Service process")
        SERVICE_REQUIREMENTS = "service_requirements", _("Service requirements")
        COMPLAINT_CHANNELS = "complaint_channels", _("Complaint channels")
        DISCLOSURE_INDEX = "disclosure_index", _("Disclosure index")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.GUIDE)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = PortalPage.search_fields + [
        index.SearchField("body"),
        SiteSearch(_("Guides and service information")),
    ]
    content_panels = Page.content_panels + [FieldPanel("kind"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = (
            self.get_children().live().public().specific().defer_streamfields().order_by("path")
        )
        return context


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """The bilingual hotline (clause 4.3.1(1)); shown in every page footer."""

    hotline = models.CharField(
        _("hotline"),
        max_length=30,
        help_text=_("Answered in Chinese and Tibetan."),
    )
    complaint_phone = models.CharField(_("complaint telephone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [FieldPanel("hotline"), FieldPanel("complaint_phone"), FieldPanel("email")]

    class Meta:
        verbose_name = _("contact details")


@register_snippet
class ServiceCentre(TranslatableMixin, models.Model):
    """A place where workers are served in person: address and opening hours for the footer."""

    name = models.CharField(_("name"), max_length=120)
    district = models.CharField(_("district or county"), max_length=20, choices=District.choices)
    address = models.CharField(_("address"), max_length=200)
    opening_hours = models.CharField(_("opening hours"), max_length=200)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("district"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("phone"),
        FieldPanel("latitude"),
        FieldPanel("longitude"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("service centre")
        verbose_name_plural = _("service centres")

    def __str__(self):
        return self.name


@register_snippet
class NavigationMenu(TranslatableMixin, models.Model):
    """The main menu and the footer menu, edited and translated like any snippet."""

    class Slot(models.TextChoices):
        MAIN = "main", _("Main menu")
        FOOTER = "footer", _("Footer menu")

    slot = models.CharField(_("position"), max_length=10, choices=Slot.choices)
    items = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    panels = [FieldPanel("slot"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        constraints = [
            models.UniqueConstraint(fields=["slot", "locale"], name="one_menu_per_slot_and_locale")
        ]
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return str(self.Slot(self.slot).label)

"""StreamField blocks that editors use to shape the home page and the guide pages."""

from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from portal.i18n import localize_pages


class LinkValue(blocks.StructValue):
    """A link's address and text, in the reader's language once `localize_links` has run."""

    def target(self):
        return getattr(self, "localized_page", None) or self.get("page")

    def href(self):
        page = self.target()
        return page.url if page else self.get("url") or ""

    def text(self):
        page = self.target()
        return self.get("label") or (page.title if page else "")


def localize_links(links):
    """Point every page link in `links` at its translation in the active language."""
    links = list(links)
    localized = localize_pages(link.get("page") for link in links)
    for link in links:
        page = link.get("page")
        if page is not None:
            link.localized_page = localized[page.pk]
    return links


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site (followed to its translation) or to another address."""

    label = blocks.CharBlock(label=_("Label"), required=False, max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Address"),
        required=False,
        max_length=300,
        help_text=_("Used when no page is chosen, e.g. /bo/ or tel:12333."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        if value.get("url") and not value.get("page") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ValidationError(_("A link to an address needs a label."))}
            )
        return value

    class Meta:
        value_class = LinkValue
        icon = "link"
        label = _("Link")


class HeroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Buttons"), max_num=3, default=[])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["links"] = localize_links(value["links"])
        return context

    class Meta:
        icon = "title"
        label = _("Hero")
        template = "home/blocks/hero.html"


SERVICE_ICONS = [
    ("policy", _("Policy")),
    ("job", _("Jobs")),
    ("appointment", _("Appointment")),
    ("assessment", _("Self-assessment")),
    ("complaint", _("Complaint")),
    ("training", _("Training")),
    ("case", _("Case study")),
    ("info", _("Information")),
]


class ServiceEntryBlock(blocks.StructBlock):
    icon = blocks.ChoiceBlock(label=_("Icon"), choices=SERVICE_ICONS, default="info")
    title = blocks.CharBlock(label=_("Title"), max_length=60)
    description = blocks.CharBlock(label=_("Description"), max_length=160, required=False)
    link = LinkBlock()

    class Meta:
        icon = "pick"
        label = _("Service entry point")


class ServiceEntriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    entries = blocks.ListBlock(ServiceEntryBlock(), label=_("Entry points"), min_num=1)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        localize_links(entry["link"] for entry in value["entries"])
        return context

    class Meta:
        icon = "list-ul"
        label = _("Service entry points")
        template = "home/blocks/service_entries.html"


class LatestItemsBlock(blocks.StructBlock):
    """The newest published pages below a section page, e.g. the latest disclosures."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    section = blocks.PageChooserBlock(label=_("Section"))
    count = blocks.IntegerBlock(label=_("Number of items"), default=5, min_value=1, max_value=12)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        section = value["section"]
        items = []
        if section is not None:
            section = localize_pages([section])[section.pk]
            items = (
                section.get_children()
                .live()
                .public()
                .order_by(F("first_published_at").desc(nulls_last=True), "-path")
                .only("id", "title", "url_path", "first_published_at", "locale_id")[
                    : value["count"]
                ]
            )
        context["items"] = items
        context["section"] = section
        return context

    class Meta:
        icon = "date"
        label = _("Latest items")
        template = "home/blocks/latest_items.html"


class HomeStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    services = ServiceEntriesBlock()
    latest = LatestItemsBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["h2", "h3", "bold", "ol", "ul", "link", "document-link"]
    )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("What happens"), required=False)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "ol", "ul", "link"])


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Label"), required=False, max_length=120)


class ContentStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, template="home/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    steps = blocks.ListBlock(
        StepBlock(), label=_("Process steps"), template="home/blocks/steps.html"
    )
    questions = blocks.ListBlock(
        QuestionBlock(), label=_("Questions and answers"), template="home/blocks/questions.html"
    )
    document = DocumentLinkBlock(label=_("Document"), template="home/blocks/document.html")
    notice = blocks.TextBlock(label=_("Notice"), template="home/blocks/notice.html")

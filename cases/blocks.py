"""StreamField blocks of a case study: the story as it was told, and the support that helped."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"), max_length=400)
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=80,
        help_text=_("Leave empty when it is the worker of this case study."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "cases/blocks/quote.html"


class CaseImageBlock(blocks.StructBlock):
    """A photo within the story. Its alternative text is required and translated with it."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cases/blocks/image.html"


class StoryBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "ol", "ul", "link"]
    )
    quote = QuoteBlock()
    image = CaseImageBlock()


def support_note():
    return blocks.CharBlock(
        label=_("What it meant for this worker"),
        required=False,
        max_length=200,
        help_text=_("For example: a start-up loan of 100,000 yuan with the interest paid."),
    )


class PolicySupportBlock(blocks.StructBlock):
    """A policy of the policy library that helped, and what it meant here."""

    page = blocks.PageChooserBlock(label=_("Policy"), page_type="policies.PolicyPage")
    note = support_note()

    class Meta:
        icon = "doc-full"
        label = _("Policy")


class PageSupportBlock(blocks.StructBlock):
    """Another page of the portal that helped (a course, a guide), and what it meant here."""

    page = blocks.PageChooserBlock(label=_("Page"))
    note = support_note()

    class Meta:
        icon = "link"
        label = _("Course or other page")


class SupportBlock(blocks.StreamBlock):
    policy = PolicySupportBlock()
    page = PageSupportBlock()
    other = blocks.CharBlock(
        label=_("Other support"),
        max_length=200,
        help_text=_("Support without a page here, e.g. a stall offered by the village committee."),
    )

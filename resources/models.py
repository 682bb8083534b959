"""The resource library (clauses 4.4.2(3)–(5)): Lhasa industry and job-demand reports, handbooks,
self-study readings and video courses, filtered by kind, target group and year.

Files are Wagtail documents served by the portal itself: PDF reports and handbooks as downloads,
videos as MP4 or WebM in an HTML5 <video> element. A video course always carries a transcript, so
a worker who cannot hear it, or cannot afford the data to stream it, still has its content.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ContentStreamBlock, DocumentLinkBlock
from home.models import PortalPage
from portal.choices import TargetGroupCode
from portal.i18n import bcp47
from portal.listing import Facet, build_listing
from search.index import SiteSearch

VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}
DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "txt": "text/plain",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "csv": "text/csv",
    "zip": "application/zip",
    "rtf": "application/rtf",
}


class ResourceKind(models.TextChoices):
    REPORT = "report", _("Industry and job-demand report")
    HANDBOOK = "handbook", _("Handbook")
    READING = "reading", _("Self-study reading")
    VIDEO = "video", _("Video course")


# schema.org types, for structured data.
SCHEMA_TYPES = {
    ResourceKind.REPORT: "Report",
    ResourceKind.HANDBOOK: "Book",
    ResourceKind.READING: "Article",
    ResourceKind.VIDEO: "VideoObject",
}


class ResourceIndexPage(PortalPage):
    """The resource library: every resource below it, filtered and counted, and links to the
    other parts of the library (the occupational classification and shortage lists)."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["h2", "h3", "bold", "ol", "ul", "link"]
    )

    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage", "occupations.OccupationBrowserPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def resources(self):
        """The published resources of this library (so of its language), newest first."""
        return (
            ResourcePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .defer("transcript")
            .order_by("-publication_date", "-pk")
        )

    @staticmethod
    def facets(resources):
        years = [day.year for day in resources.dates("publication_date", "year", order="DESC")]
        return [
            Facet("kind", _("Kind"), "kind", ResourceKind.choices),
            Facet(
                "group",
                _("Target group"),
                "target_groups__code",
                TargetGroupCode.choices,
                multiple=True,
            ),
            Facet("year", _("Year"), "publication_date__year", [(y, y) for y in years]),
        ]

    def sections(self):
        """The other parts of the library below this page (e.g. the occupation browser)."""
        return (
            self.get_children()
            .live()
            .public()
            .not_type(ResourcePage)
            .specific()
            .defer_streamfields()
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = self.resources()
        context["listing"] = build_listing(request, resources, self.facets(resources))
        context["sections"] = self.sections()
        return context


class ResourcePage(PortalPage):
    """One resource: a report (4.4.2(3)), a handbook (4.4.2(4)), a self-study reading or a video
    course (4.4.2(5)), with its files."""

    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    publisher = models.CharField(
        _("publisher"), max_length=200, help_text=_("Who wrote or issued it.")
    )
    publication_date = models.DateField(_("publication date"))
    target_groups = ParentalManyToManyField(
        "portal.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="resources"
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)
    documents = StreamField(
        [("document", DocumentLinkBlock())],
        verbose_name=_("documents"),
        blank=True,
        help_text=_("Reports and handbooks to download, e.g. as PDF."),
    )
    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For a video course: an MP4 or WebM file, served by the portal itself."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown before the video plays."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_(
            "Everything said and shown in the video, as text. Required for a video course, for "
            "workers who cannot hear it or cannot play it."
        ),
    )

    search_fields = PortalPage.search_fields + [
        index.SearchField("publisher"),
        index.SearchField("body"),
        index.SearchField("transcript"),
        index.FilterField("kind"),
        index.FilterField("publication_date"),
        SiteSearch(_("Resource library")),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("publication_date")], heading=_("Publication")
        ),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("poster"), FieldPanel("transcript")],
            heading=_("Video course"),
        ),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def is_video(self):
        return self.kind == ResourceKind.VIDEO

    def clean(self):
        super().clean()
        errors = {}
        if self.is_video and not self.transcript.strip():
            errors["transcript"] = _(
                "A video course needs a transcript, for workers who cannot hear or play the video."
            )
        if self.video_id is not None:
            if not self.is_video:
                errors["video"] = _("Only a video course can have a video file.")
            elif video_extension(self.video) not in VIDEO_TYPES:
                errors["video"] = _("Choose an MP4 or WebM file.")
        if errors:
            raise ValidationError(errors)

    def downloads(self):
        """The attached documents with their label, type and size, in the chosen order."""
        files = []
        for block in self.documents:
            document = block.value["document"]
            if document is None:
                continue
            extension = document.file_extension.lower()
            files.append(
                {
                    "document": document,
                    "label": block.value["label"] or document.title,
                    "extension": extension.upper(),
                    "media_type": DOCUMENT_TYPES.get(extension, ""),
                    "size": document.file_size,
                }
            )
        return files

    def video_source(self):
        """The video file and its media type, or None while the video is being prepared."""
        if not self.is_video or self.video is None:
            return None
        media_type = VIDEO_TYPES.get(video_extension(self.video))
        if media_type is None:
            return None
        return {"document": self.video, "media_type": media_type, "size": self.video.file_size}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = self.downloads()
        context["video_source"] = self.video_source()
        context["target_groups"] = list(self.target_groups.all())
        context["poster"] = self.poster.get_rendition("width-960") if self.poster else None
        context["structured_data"] = self.structured_data(
            request, context["downloads"], context["video_source"], context["poster"]
        )
        return context

    def structured_data(self, request, downloads, video_source, poster=None):
        """schema.org Report, Book, Article or VideoObject, for search engines."""
        publisher = {"@type": "Organization", "name": self.publisher}
        data = {
            "@context": "https://schema.org",
            "@type": SCHEMA_TYPES[self.kind],
            "name": self.title,
            "datePublished": self.publication_date,
            "publisher": publisher,
            "inLanguage": bcp47(
                self.locale.language_code if self.locale_id else settings.LANGUAGE_CODE
            ),
            "url": self.get_full_url(request),
        }
        if self.summary:
            data["description"] = self.summary
        if downloads:
            data["associatedMedia"] = [
                {
                    "@type": "MediaObject",
                    "name": item["label"],
                    "contentUrl": request.build_absolute_uri(item["document"].url),
                    "encodingFormat": item["media_type"] or item["extension"],
                    **({"contentSize": f"{item['size']} B"} if item["size"] else {}),
                }
                for item in downloads
            ]
        if self.is_video:
            data["uploadDate"] = self.publication_date
            data["transcript"] = self.transcript
            if video_source:
                data["contentUrl"] = request.build_absolute_uri(video_source["document"].url)
                data["encodingFormat"] = video_source["media_type"]
            if poster:
                data["thumbnailUrl"] = request.build_absolute_uri(poster.url)
        return data


def video_extension(document):
    return document.file_extension.lower()

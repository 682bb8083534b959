"""The renditions case studies show: small, compressed, and chosen by the phone's screen.

Workers read on cheap phones over slow mobile networks, so a page never sends an original
upload. Each use of a photo names one `ImageSize`: a few widths in WebP (small) with a JPEG
fallback for the browsers that cannot show WebP, offered through `<picture>`, `srcset` and
`sizes` so the browser downloads the one that fits. Listings prefetch exactly these renditions
(`cases.models.photo_queryset`), so showing a photo costs no query per item.
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from wagtail.images import get_image_model

FORMATS = ("format-webp|webpquality-60", "format-jpeg|jpegquality-70")


@dataclass(frozen=True)
class ImageSize:
    resizes: tuple[str, ...]
    sizes: str

    @property
    def filters(self):
        """Every rendition of this size: each resize in each format, WebP first."""
        return tuple(f"{resize}|{fmt}" for fmt in FORMATS for resize in self.resizes)


# A card in the case listing: 240 CSS pixels wide beside the text, the full width on a phone.
CARD = ImageSize(("fill-240x160", "fill-480x320"), "(min-width: 576px) 240px, 100vw")
# A photo in a case study: the width of the text column (at most 720 CSS pixels).
DETAIL = ImageSize(("width-480", "width-960"), "(min-width: 768px) 720px, 100vw")

SIZES = {"card": CARD, "detail": DETAIL}


def renditions_prefetch(size, lookup="image__renditions"):
    """Prefetch of the renditions of `size` for the images reached through `lookup`."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(lookup, queryset=rendition_model.objects.filter(filter_spec__in=size.filters))

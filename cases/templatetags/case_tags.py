"""`{% case_picture image alt "card" %}`: a photo as small renditions, never the original."""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from cases.images import SIZES

register = template.Library()


@register.simple_tag
def case_picture(image, alt, size, css_class=""):
    """A `<picture>` of `image` in the renditions of `size` ("card" or "detail"): WebP with a
    JPEG fallback, `srcset` and `sizes`, width and height set, loaded lazily."""
    if not image:
        return ""
    spec = SIZES[size]
    renditions = get_renditions_or_not_found(image, spec.filters)
    attrs = {"alt": alt, "sizes": spec.sizes, "loading": "lazy", "decoding": "async"}
    if css_class:
        attrs["class"] = css_class
    return Picture(renditions, attrs).__html__()


@register.filter
def thousands(value):
    """An amount with thousands separated, e.g. 80,000 (the same in Chinese and Tibetan)."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return value

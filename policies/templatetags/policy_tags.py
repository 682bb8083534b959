"""Template filters of the policy pages."""

from django import template

register = template.Library()

UNITS = ["KB", "MB", "GB"]


@register.filter
def file_size(size):
    """A file size in bytes as "788 B", "12.5 KB" or "3.1 MB".

    Django's filesizeformat names the units in words ("字节"), which Django cannot say in
    Tibetan; these abbreviations read the same in both languages.
    """
    if size is None:
        return ""
    size = int(size)
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in UNITS:
        if value < 1024 or unit == UNITS[-1]:
            return f"{value:.1f} {unit}"
        value /= 1024
    return ""  # not reached

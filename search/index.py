"""Which page types the site search finds, and the text it shows and indexes for a page.

A page type opts in with one entry in its `search_fields`:

    from search.index import SiteSearch

    class PolicyPage(PortalPage):
        search_fields = PortalPage.search_fields + [
            index.SearchField("body"),
            index.SearchField("issuer"),
            SiteSearch(_("Policies")),
        ]

Its pages are then found by the public search, filtered under that label, and indexed in
Elasticsearch when a cluster is configured. Every `SearchField` of the type (title, summary and
whatever it names) is segmented for the index by the search backend (search/backends/database.py),
so nothing else is needed. `SiteSearch(label, text_fields=[...])` names the fields whose text
makes the result snippet, when not every SearchField but the title should.
"""

from functools import cache

from django.utils.encoding import force_str
from wagtail.models import get_page_models
from wagtail.search import index


class SiteSearch(index.BaseField):
    """Marks a page type as found by the site search, shown as `label` (plural, e.g. "Policies").

    Search backends ignore it: it is neither a SearchField, a FilterField nor an
    AutocompleteField. It names `title` so that Wagtail's check of search_fields passes.
    """

    def __init__(self, label, text_fields=None):
        super().__init__("title")
        self.label = label
        self.text_fields = tuple(text_fields) if text_fields else None


def site_search_of(model):
    """The SiteSearch entry of a page type, or None if it has not opted in."""
    entries = [field for field in model.get_search_fields() if isinstance(field, SiteSearch)]
    return entries[-1] if entries else None


@cache
def searchable_page_models():
    """The concrete page types that opted in, in a stable order."""
    return [
        model
        for model in sorted(get_page_models(), key=lambda model: model._meta.label_lower)
        if not model._meta.abstract and site_search_of(model) is not None
    ]


def type_key(model):
    """The value of the type filter for a page type: its app label and model name."""
    return model._meta.label_lower


def plain_text(value):
    """Index values (strings, lists of block texts, related objects) as one string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(filter(None, (plain_text(item) for item in value)))
    if isinstance(value, dict):
        return "\n".join(filter(None, (plain_text(item) for item in value.values())))
    return force_str(value)


def _field_text(page, field):
    if isinstance(field, index.RelatedFields):
        related = field.get_value(page)
        if related is None:
            return ""
        objects = related.all() if hasattr(related, "all") else [related]
        return "\n".join(
            _field_text(obj, sub_field) for obj in objects for sub_field in field.fields
        )
    if isinstance(field, index.SearchField):
        return plain_text(field.get_value(page))
    return ""


def page_text(page):
    """The text of a page that a result snippet is cut from: every SearchField but the title
    (or the SiteSearch entry's `text_fields`), in the order the page type lists them."""
    entry = site_search_of(type(page))
    fields = [
        field
        for field in page.get_search_fields()
        if isinstance(field, (index.SearchField, index.RelatedFields))
        and field.field_name != "title"
    ]
    if entry is not None and entry.text_fields:
        fields = [field for field in fields if field.field_name in entry.text_fields]
    return "\n".join(filter(None, (_field_text(page, field) for field in fields)))

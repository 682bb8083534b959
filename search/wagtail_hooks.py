"""The search vocabulary in the staff admin: dictionary words and synonyms (搜索词汇)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from search.models import DictionaryWord, Synonym


class DictionaryWordViewSet(SnippetViewSet):
    """Chinese words the search keeps whole. Saving one indexes again, in the background, the
    pages that contain it."""

    model = DictionaryWord
    icon = "openquote"
    menu_label = _("Dictionary words")
    list_display = ["word", "note", "updated_at"]
    search_fields = ["word", "note"]
    search_backend_name = None
    ordering = ["word"]
    list_per_page = 50
    panels = [FieldPanel("word"), FieldPanel("note")]


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "link"
    menu_label = _("Synonyms")
    list_display = ["__str__", "note", "updated_at"]
    search_fields = ["terms", "note"]
    search_backend_name = None
    list_per_page = 50
    panels = [FieldPanel("terms"), FieldPanel("note")]


class SearchVocabularyGroup(SnippetViewSetGroup):
    items = (DictionaryWordViewSet, SynonymViewSet)
    menu_icon = "search"
    menu_label = _("Search vocabulary")
    menu_name = "search-vocabulary"


register_snippet(SearchVocabularyGroup)

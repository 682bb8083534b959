"""The classification and the shortage lists in the staff admin (clause 4.4.2(2))."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from occupations.models import Occupation, ShortageList


class OccupationViewSet(SnippetViewSet):
    """Staff correct names here; whole editions are loaded with `manage.py import_occupations`.
    The level and the group follow from the code (Occupation.clean)."""

    model = Occupation
    icon = "list-ul"
    menu_label = _("Occupational classification")
    list_display = ["code", "name_zh", "name_bo", "level"]
    list_filter = ["level"]
    search_fields = ["code", "name_zh", "name_bo"]
    ordering = ["code"]
    list_per_page = 50
    panels = [FieldPanel("code"), FieldPanel("name_zh"), FieldPanel("name_bo")]


class ShortageListViewSet(SnippetViewSet):
    model = ShortageList
    icon = "warning"
    menu_label = _("Shortage lists")
    list_display = ["title", "period_start", "period_end", "published_on"]
    search_fields = ["title", "issuer"]


class OccupationsGroup(SnippetViewSetGroup):
    items = (OccupationViewSet, ShortageListViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Occupations")
    menu_name = "occupations"


register_snippet(OccupationsGroup)

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from training.models import TrainingInstitution


class TrainingInstitutionViewSet(SnippetViewSet):
    model = TrainingInstitution
    icon = "group"
    menu_label = _("Training institutions")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "district", "licence_number", "valid_until"]
    list_filter = ["district"]
    search_fields = ["name", "licence_number"]


register_snippet(TrainingInstitutionViewSet)

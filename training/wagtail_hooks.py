from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from training.models import TrainingInstitution
from training.records.views import enrolment_viewset, training_plan_viewset


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


@hooks.register("register_admin_viewset")
def register_training_records():
    """A worker's training plans and enrolments, reached from the worker page."""
    return [training_plan_viewset, enrolment_viewset]

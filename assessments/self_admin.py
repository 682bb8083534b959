"""The self-assessment in the staff admin (clauses 5.2(4), 6.1.1).

Supervisors edit the instrument: questionnaires, dimensions, answer scales with their options,
and questions. Counsellors find a worker's result by the reference code the worker brings
(typed in any case, with or without the dash), read it, and attach it to a worker of their
caseload; a result already attached to a worker outside their caseload is refused. Each view
of a result and each attachment is written to the audit log.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from assessments.instrument import AnswerScale, Dimension, Question, Questionnaire, SelfAssessment
from audit.recording import Audited
from complaints.references import normalised_reference
from workers.models import Worker
from workers.records import WorkerRecordForm


class ResultIndexView(generic.IndexView):
    def search_queryset(self, queryset):
        reference = normalised_reference(self.search_query)
        if reference:
            return queryset.filter(reference=reference)
        return super().search_queryset(queryset)


class OfVisibleWorkerOrNone:
    """A result no one has claimed is open to every counsellor; once attached, only to those
    whose caseload holds its worker."""

    def get_object(self, *args, **kwargs):
        result = super().get_object(*args, **kwargs)
        if result.worker_id is not None:
            visible = Worker.objects.visible_to(self.request.user)
            if not visible.filter(pk=result.worker_id).exists():
                raise PermissionDenied
        return result


class ResultInspectView(Audited, OfVisibleWorkerOrNone, generic.InspectView):
    pass


class AttachView(Audited, OfVisibleWorkerOrNone, generic.EditView):
    pass


class SelfAssessmentViewSet(ModelViewSet):
    model = SelfAssessment
    icon = "form"
    menu_label = _("Self-assessment results")
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ResultIndexView
    inspect_view_class = ResultInspectView
    edit_view_class = AttachView
    search_fields = ["reference"]
    list_display = ["shown_reference", "interest_code", "language", "created_at", "worker"]
    list_filter = ["language", "created_at"]
    inspect_view_fields = [
        "shown_reference",
        "interest_code",
        "score_summary",
        "language",
        "created_at",
        "worker",
    ]
    edit_handler = ObjectList([FieldPanel("worker")], base_form_class=WorkerRecordForm)


class QuestionnaireViewSet(ModelViewSet):
    model = Questionnaire
    icon = "list-ul"
    copy_view_enabled = False
    list_display = ["name_zh", "name_bo", "active"]
    form_fields = ["name_zh", "name_bo", "intro_zh", "intro_bo", "active"]


class DimensionViewSet(ModelViewSet):
    model = Dimension
    icon = "tag"
    copy_view_enabled = False
    list_display = ["code", "name_zh", "name_bo", "kind", "order"]
    form_fields = [
        "code",
        "kind",
        "order",
        "name_zh",
        "name_bo",
        "description_zh",
        "description_bo",
    ]


class AnswerScaleViewSet(ModelViewSet):
    model = AnswerScale
    icon = "list-ol"
    copy_view_enabled = False
    list_display = ["name_zh", "name_bo"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name_zh"), FieldPanel("name_bo")]),
            InlinePanel("options", heading=_("Answers"), min_num=2),
        ]
    )


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    list_display = ["order", "text_zh", "text_bo", "dimension", "questionnaire"]
    list_filter = ["questionnaire", "dimension"]
    search_fields = ["text_zh", "text_bo"]
    form_fields = ["questionnaire", "order", "dimension", "scale", "text_zh", "text_bo"]


class SelfAssessmentGroup(ModelViewSetGroup):
    items = (
        SelfAssessmentViewSet("self_assessments"),
        QuestionnaireViewSet("self_assessment_questionnaires"),
        QuestionViewSet("self_assessment_questions"),
        DimensionViewSet("self_assessment_dimensions"),
        AnswerScaleViewSet("self_assessment_scales"),
    )
    menu_icon = "form"
    menu_label = _("Self-assessment")
    menu_name = "self_assessment"

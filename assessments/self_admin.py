"""The self-assessment in the staff admin (clauses 5.2(4), 6.1.1).

Supervisors edit the instrument: questionnaires, dimensions, answer scales with their options,
and questions. Counsellors find a worker's result by the reference code the worker brings
(typed in any case, with or without the dash), read it, and attach it to a worker of their
caseload; a result already attached to a worker outside their caseload is refused. Each view
of a result and each attachment is written to the audit log. Once attached, a result is part of
the worker's archive (workers/retention.py): its year closes and it is kept like every record.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from assessments.instrument import AnswerScale, Dimension, Question, Questionnaire, SelfAssessment
from assessments.profile import Profile
from audit.recording import Audited
from complaints.references import normalised_reference
from workers.models import Worker
from workers.records import WorkerRecordForm
from workers.retention import KeptFiveYears, OpenYearOnly


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
    """The result as the worker saw it: the same chart and top areas, for the talk."""

    template_name = "assessments/self/admin/inspect.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(profile=Profile(self.object), **kwargs)


class AttachView(Audited, OfVisibleWorkerOrNone, OpenYearOnly, generic.EditView):
    pass


class ResultDeleteView(
    Audited, OfVisibleWorkerOrNone, OpenYearOnly, KeptFiveYears, generic.DeleteView
):
    pass


class ResultHistoryView(Audited, OfVisibleWorkerOrNone, history.HistoryView):
    pass


class ResultUsageView(Audited, OfVisibleWorkerOrNone, usage.UsageView):
    pass


class TakeWithWorkerView(generic.CreateView):
    """A result is only made by answering the questionnaire: "add" opens the public form, where
    a counsellor enters a questionnaire the worker filled in on paper, then attaches it."""

    def get(self, request, *args, **kwargs):
        return redirect("selfassessment:form")

    def post(self, request, *args, **kwargs):
        return redirect("selfassessment:form")


class SelfAssessmentViewSet(ModelViewSet):
    model = SelfAssessment
    icon = "form"
    menu_label = _("Self-assessment results")
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ResultIndexView
    add_view_class = TakeWithWorkerView
    inspect_view_class = ResultInspectView
    edit_view_class = AttachView
    delete_view_class = ResultDeleteView
    history_view_class = ResultHistoryView
    usage_view_class = ResultUsageView
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

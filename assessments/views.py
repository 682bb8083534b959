from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList

from assessments.forms import AssessmentForm
from assessments.models import StaffAssessment
from workers.records import WorkerRecordViewSet


def dimension(score, evidence, heading):
    return MultiFieldPanel([FieldPanel(score), FieldPanel(evidence)], heading=heading)


class AssessmentViewSet(WorkerRecordViewSet):
    model = StaffAssessment
    icon = "tasks"
    menu_label = _("Ability assessments")
    list_display = [
        "worker",
        "assessed_on",
        "skill_score",
        "willingness_score",
        "fit_score",
        "next_step",
        "assessor",
    ]
    list_filter = ["next_step", "assessed_on"]
    inspect_view_fields = [
        "worker",
        "assessed_on",
        "assessor",
        "skill_score",
        "skill_evidence",
        "willingness_score",
        "willingness_evidence",
        "fit_score",
        "fit_evidence",
        "summary",
        "next_step",
        "created_at",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("worker"), FieldPanel("assessed_on")]),
            dimension("skill_score", "skill_evidence", pgettext_lazy("assessment", "Skill level")),
            dimension("willingness_score", "willingness_evidence", _("Employment willingness")),
            dimension("fit_score", "fit_evidence", pgettext_lazy("assessment", "Job fit")),
            FieldPanel("summary"),
            FieldPanel("next_step"),
        ],
        base_form_class=AssessmentForm,
    )


assessment_viewset = AssessmentViewSet("assessments")

"""A worker's training plans and enrolments in the staff admin, within the caseload."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList

from training.records.forms import EnrolmentForm, TrainingPlanForm
from training.records.models import Enrolment, TrainingPlan
from workers.records import WorkerRecordViewSet


class TrainingPlanViewSet(WorkerRecordViewSet):
    model = TrainingPlan
    icon = "list-ul"
    menu_label = _("Training plans")
    list_display = ["worker", "occupation", "identified_on", "recorded_by"]
    list_filter = ["identified_on"]
    inspect_view_fields = ["worker", "need", "occupation", "identified_on", "goal", "recorded_by"]
    edit_handler = ObjectList(
        [
            FieldPanel("worker"),
            FieldPanel("identified_on"),
            FieldPanel("need"),
            FieldPanel("occupation"),
            FieldPanel("goal"),
        ],
        base_form_class=TrainingPlanForm,
    )


class EnrolmentViewSet(WorkerRecordViewSet):
    model = Enrolment
    icon = "tasks"
    menu_label = _("Enrolments")
    list_display = ["worker", "course", "enrolled_on", "status"]
    list_filter = ["status", "enrolled_on"]
    inspect_view_fields = [
        "worker",
        "course",
        "plan",
        "enrolled_on",
        "status",
        "completed_on",
        "certificate_name",
        "certificate_number",
        "dropped_on",
        "dropped_reason",
        "recorded_by",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("worker"),
            FieldRowPanel([FieldPanel("enrolled_on"), FieldPanel("plan")]),
            FieldPanel("course"),
            FieldPanel("status"),
            MultiFieldPanel(
                [
                    FieldPanel("completed_on"),
                    FieldRowPanel(
                        [FieldPanel("certificate_name"), FieldPanel("certificate_number")]
                    ),
                ],
                heading=_("Completed"),
            ),
            MultiFieldPanel(
                [FieldPanel("dropped_on"), FieldPanel("dropped_reason")],
                heading=_("Dropped out"),
            ),
            InlinePanel("progress_notes", heading=_("Progress"), label=_("Progress note")),
        ],
        base_form_class=EnrolmentForm,
    )


training_plan_viewset = TrainingPlanViewSet("training_plans")
enrolment_viewset = EnrolmentViewSet("enrolments")

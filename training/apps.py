from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from wagtail.signals import page_published

        from training.models import CoursePage, publish_facts

        page_published.connect(publish_facts, sender=CoursePage, dispatch_uid="training-facts")

        # A worker's training plans and enrolments: on the worker page and its timeline.
        from training.records import timeline  # noqa: F401
        from workers.records import record_action

        record_action(_("Plan training"), "training_plans:add", "training.add_trainingplan")
        record_action(_("Enrol in a course"), "enrolments:add", "training.add_enrolment")

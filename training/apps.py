from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from wagtail.signals import page_published

        from training.models import CoursePage, publish_facts

        page_published.connect(publish_facts, sender=CoursePage, dispatch_uid="training-facts")

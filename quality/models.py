"""Satisfaction surveys (clause 7.2): an invitation per finished service, and at most one answer
to it.

An invitation points to the service it asks about (an attended appointment, a closed complaint,
or another service) through a generic relation, and the database refuses a second invitation
for the same service; an answer is one-to-one with its invitation. So each service is rated
once at most, however often the link is opened or sent.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quality.questionnaire import HIGHEST, ITEMS, LOWEST

ITEMS_BY_FIELD = {item.field: item for item in ITEMS}


def survey_days():
    """Days a survey link stays open (settings.SURVEY_DAYS, 14 by default)."""
    return settings.SURVEY_DAYS


class ServiceKind(models.TextChoices):
    APPOINTMENT = "appointment", _("Appointment")
    COMPLAINT = "complaint", _("Complaint handling")
    OTHER = "other", _("Other service")


class Language(models.TextChoices):
    CHINESE = "zh-hans", _("Chinese")
    TIBETAN = "bo", _("Tibetan")


class InvitationQuerySet(models.QuerySet):
    def for_service(self, service):
        return self.filter(
            content_type=ContentType.objects.get_for_model(service), object_id=service.pk
        )


class Invitation(models.Model):
    service_kind = models.CharField(
        _("kind of service"), max_length=12, choices=ServiceKind.choices
    )
    service_type = models.CharField(
        _("service type"),
        max_length=100,
        help_text=_("The type of service the survey asks about, as the report groups it."),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    service = GenericForeignKey("content_type", "object_id")
    centre = models.ForeignKey(
        "home.ServiceCentre",
        verbose_name=_("service centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(
        _("language"), max_length=7, choices=Language.choices, default=Language.CHINESE
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_survey_per_service"
            )
        ]

    def __str__(self):
        return f"{self.service_type} #{self.pk}"

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = self.created_at + datetime.timedelta(days=survey_days())
        super().save(*args, **kwargs)

    def is_expired(self, now=None):
        return (now or timezone.now()) >= self.expires_at


def scale_field(name):
    return models.PositiveSmallIntegerField(
        ITEMS_BY_FIELD[name].question,
        validators=[MinValueValidator(LOWEST), MaxValueValidator(HIGHEST)],
    )


class Response(models.Model):
    """One answer to a survey: a 1–10 score for each item of the questionnaire."""

    invitation = models.OneToOneField(
        Invitation, on_delete=models.CASCADE, related_name="response", verbose_name=_("survey")
    )
    submitted_at = models.DateTimeField(_("answered"), default=timezone.now)
    comment = models.TextField(_("comment"), blank=True, max_length=1000)

    expectation_quality = scale_field("expectation_quality")
    expectation_needs = scale_field("expectation_needs")
    quality_overall = scale_field("quality_overall")
    quality_staff = scale_field("quality_staff")
    value_effort = scale_field("value_effort")
    value_use = scale_field("value_use")
    satisfaction_overall = scale_field("satisfaction_overall")
    satisfaction_expected = scale_field("satisfaction_expected")
    complaints_cause = scale_field("complaints_cause")
    complaints_handling = scale_field("complaints_handling")
    loyalty_return = scale_field("loyalty_return")
    loyalty_recommend = scale_field("loyalty_recommend")

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(**{f"{item.field}__gte": LOWEST, f"{item.field}__lte": HIGHEST}),
                name=f"{item.field}_on_scale",
            )
            for item in ITEMS
        ]

    def __str__(self):
        return f"{self.invitation} ({self.submitted_at:%Y-%m-%d})"

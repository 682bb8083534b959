"""What the service keeps about its staff beyond their sign-in (clause 4.2)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from portal.crypto import SealedCharField
from portal.phones import normalised_mobile
from staff.profiles import QualificationQuerySet, StaffProfileQuerySet, Stage, next_check_on
from workers.choices import Education


class StaffProfile(ClusterableModel):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    service_centre = models.ForeignKey(
        "home.ServiceCentre",
        verbose_name=_("service centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Counsellors see the workers of their service centre."),
    )
    education = models.CharField(
        _("education"), max_length=12, choices=Education.choices, blank=True
    )
    # Appointments go to a counsellor who speaks the worker's language.
    speaks_chinese = models.BooleanField(_("speaks Chinese"), default=True)
    speaks_tibetan = models.BooleanField(_("speaks Tibetan"), default=False)
    phone = models.CharField(
        _("mobile phone"),
        # Written with +86, spaces or dashes; kept as its 11 digits.
        max_length=20,
        blank=True,
        help_text=_("For reminders by text message."),
    )
    mental_health_checked_on = models.DateField(
        _("last mental-health check"),
        null=True,
        blank=True,
        help_text=_("The check is due again a year later."),
    )
    policy_training_on = models.DateField(
        _("last policy training"),
        null=True,
        blank=True,
        help_text=_("The last training on employment and entrepreneurship policies."),
    )

    objects = StaffProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    def clean(self):
        if self.phone:
            try:
                self.phone = normalised_mobile(self.phone)
            except ValidationError as error:
                raise ValidationError({"phone": error}) from error

    @property
    def check_due_on(self):
        return next_check_on(self.mental_health_checked_on)

    @property
    def languages(self):
        spoken = [(self.speaks_chinese, _("Chinese")), (self.speaks_tibetan, _("Tibetan"))]
        return " · ".join(str(name) for speaks, name in spoken if speaks)


class Qualification(Orderable):
    """A certificate of the staff member's, e.g. 职业指导师 (career guidance practitioner)."""

    profile = ParentalKey(StaffProfile, on_delete=models.CASCADE, related_name="qualifications")
    name = models.CharField(_("qualification"), max_length=100)
    number = models.CharField(_("certificate number"), max_length=50, blank=True)
    level = models.CharField(_("level"), max_length=50, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    expires_on = models.DateField(
        _("expires on"), null=True, blank=True, help_text=_("Leave empty if it does not expire.")
    )

    objects = QualificationQuerySet.as_manager()

    class Meta(Orderable.Meta):
        verbose_name = _("qualification")
        verbose_name_plural = _("qualifications")

    def __str__(self):
        return self.name

    def clean(self):
        if self.issued_on and self.expires_on and self.expires_on < self.issued_on:
            raise ValidationError(
                {"expires_on": _("A qualification cannot expire before it was issued.")}
            )


class StaffReminder(models.Model):
    """A reminder mailed about a qualification (or, without one, the mental-health check) due
    on a date, so that each is sent once per stage. A renewed qualification or a new check
    has a new date, and is reminded of again when that falls due."""

    profile = models.ForeignKey(StaffProfile, on_delete=models.CASCADE, related_name="reminders")
    qualification = models.ForeignKey(
        Qualification, null=True, on_delete=models.CASCADE, related_name="reminders"
    )
    due_on = models.DateField(null=True)
    stage = models.CharField(max_length=4, choices=Stage.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["qualification", "due_on", "stage"],
                condition=Q(qualification__isnull=False),
                name="one_reminder_per_qualification_date_stage",
            ),
            models.UniqueConstraint(
                fields=["profile", "due_on", "stage"],
                condition=Q(qualification__isnull=True, due_on__isnull=False),
                name="one_check_reminder_per_date_stage",
            ),
            # A check never recorded has no date: it is reminded of once.
            models.UniqueConstraint(
                fields=["profile", "stage"],
                condition=Q(qualification__isnull=True, due_on__isnull=True),
                name="one_reminder_of_a_missing_check",
            ),
        ]

    def __str__(self):
        return f"{self.profile} · {self.qualification or '-'} · {self.due_on}"


class Authenticator(models.Model):
    """A staff member's authenticator app (TOTP, staff/two_factor.py). The secret is sealed
    like the workers' ID numbers: a copied database does not give the codes away."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="authenticator",
    )
    secret = SealedCharField(_("secret"))
    confirmed_at = models.DateTimeField(_("enrolled"), null=True, blank=True)
    # The time step of the last code accepted: a code is good once, at a later step only.
    last_step = models.PositiveBigIntegerField(default=0, editable=False)
    failures = models.PositiveSmallIntegerField(_("wrong codes in a row"), default=0)
    locked_until = models.DateTimeField(_("locked until"), null=True, blank=True)

    class Meta:
        verbose_name = _("authenticator")
        verbose_name_plural = _("authenticators")

    def __str__(self):
        return str(self.user)

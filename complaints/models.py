"""Complaints about the service (clause 7.3): received on site, by letter, by phone or online,
routed by their category to the responsible department, and answered within 15 working days of
acceptance.

The due date is computed once, when the complaint is accepted (complaints/transitions.py), and
stored: overdue is a query. The complainant's phone is sealed and found by its keyed hash, as a
worker's is; it is how the complainant proves a reference is theirs (complaints/views.py).
"""

import datetime

from django.conf import settings
from django.contrib.admin import display
from django.db import IntegrityError, models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from complaints.references import new_reference, shown
from portal.crypto import SealedCharField, lookup_hash
from workers.models import Worker

SEE_EVERY_COMPLAINT = "complaints.view_every_complaint"


class Department(models.Model):
    """A department of the service that answers the complaints of some categories."""

    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=120)
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Receives the reminders too, beside the members.")
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        blank=True,
        related_name="complaint_departments",
        help_text=_("The complaint officers who handle this department's complaints."),
    )

    class Meta:
        ordering = ["name_zh"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_bo if translation.get_language() == "bo" else self.name_zh


class ComplaintCategory(models.Model):
    """What a complaint is about; it decides the department that answers it."""

    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=120)
    department = models.ForeignKey(
        Department,
        verbose_name=_("responsible department"),
        on_delete=models.PROTECT,
        related_name="categories",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_bo if translation.get_language() == "bo" else self.name_zh


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    ON_SITE = "on_site", _("On site")
    LETTER = "letter", _("Letter")
    PHONE = "phone", _("Telephone")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Not accepted")
    INVESTIGATING = "investigating", _("Being investigated")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class Language(models.TextChoices):
    CHINESE = "zh-hans", _("Chinese")
    TIBETAN = "bo", _("Tibetan")


# Accepted and not answered yet: the 15 working days are running.
RUNNING = [Status.ACCEPTED, Status.INVESTIGATING]
# Not finished by staff yet: waiting for acceptance or for the answer.
OPEN = [Status.RECEIVED, *RUNNING]


class ComplaintQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Supervisors see every complaint; complaint officers those of their departments."""
        if not user.is_active:
            return self.none()
        if user.has_perm(SEE_EVERY_COMPLAINT):
            return self
        if not user.has_perm("complaints.view_complaint"):
            return self.none()
        return self.filter(category__department__members=user)

    def open(self):
        return self.filter(status__in=OPEN)

    def overdue(self, today):
        """Accepted, not answered, and the due date has passed."""
        return self.filter(status__in=RUNNING, due_on__lt=today)

    def due_soon(self, today, days):
        """Accepted, not answered, and due within `days` days from today (today included)."""
        return self.filter(
            status__in=RUNNING, due_on__gte=today, due_on__lte=today + datetime.timedelta(days)
        )

    def with_reference(self, reference):
        return self.filter(reference=reference)


class Complaint(models.Model):
    reference = models.CharField(_("reference"), max_length=8, unique=True, editable=False)
    channel = models.CharField(
        _("received by"), max_length=10, choices=Channel.choices, default=Channel.ON_SITE
    )
    category = models.ForeignKey(
        ComplaintCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="complaints",
    )
    name = models.CharField(_("complainant's name"), max_length=60)
    phone = SealedCharField(_("mobile phone"), help_text=_("Kept encrypted."))
    phone_hash = models.CharField(max_length=64, editable=False, db_index=True)
    language = models.CharField(
        _("language"),
        max_length=7,
        choices=Language.choices,
        default=Language.CHINESE,
        help_text=_("The language of the answer and of the text messages."),
    )
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="complaints",
    )
    what_happened = models.TextField(_("what happened"), max_length=4000)
    wanted = models.TextField(_("what the complainant asks for"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.RECEIVED, editable=False
    )
    rejection_reason = models.TextField(_("reason for not accepting"), blank=True, editable=False)
    accepted_on = models.DateField(_("accepted on"), null=True, blank=True, editable=False)
    due_on = models.DateField(_("answer due on"), null=True, blank=True, editable=False)
    answer = models.TextField(_("answer"), blank=True, editable=False)
    answered_on = models.DateField(_("answered on"), null=True, blank=True, editable=False)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_on = models.DateField(_("reminder sent on"), null=True, blank=True, editable=False)
    escalated_at = models.DateTimeField(
        _("escalated to supervisors"), null=True, blank=True, editable=False
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        permissions = [
            ("view_every_complaint", _("Can see every complaint, not only a department's"))
        ]

    def __str__(self):
        return self.shown_reference

    def save(self, *args, **kwargs):
        self.phone_hash = lookup_hash("phone", self.phone)
        if self.worker_id is None and self.phone:
            self.worker = Worker.objects.with_phone(self.phone).first()
        if self.reference:
            return super().save(*args, **kwargs)
        # A fresh reference until one is free; a clash is rare (23^8 references).
        for _attempt in range(5):
            self.reference = new_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not Complaint.objects.with_reference(self.reference).exists():
                    raise
        raise IntegrityError("No free complaint reference after 5 attempts")

    @property
    @display(description=_("reference"))
    def shown_reference(self):
        return shown(self.reference)

    @property
    @display(description=_("responsible department"))
    def department(self):
        return self.category.department

    @property
    @display(description=_("mobile phone"))
    def masked_phone(self):
        return f"{self.phone[:3]}****{self.phone[-4:]}" if self.phone else ""

    def is_overdue(self, today):
        return self.status in RUNNING and self.due_on is not None and self.due_on < today


class StatusChange(models.Model):
    """One step of a complaint's handling: who moved it from what to what, when, and why."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(_("status before"), max_length=14, choices=Status.choices)
    to_status = models.CharField(_("status after"), max_length=14, choices=Status.choices)
    at = models.DateTimeField(_("changed at"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.complaint}: {self.from_status} → {self.to_status}"

"""Appointments with a counsellor (clauses 4.3.1(2), 4.3.1(4), 4.3.2(2), 5.2).

The shape is the simplest that serves: staff open `Slot`s, each a time a counsellor receives at
a service centre (in a room) or remotely by video or phone, for one or more people (`capacity`:
one for individual guidance, more for a group session or class). A slot serves every service
type of clause 5.2; its languages are its counsellor's (StaffProfile.speaks_*, clause 4.2).

A slot is never overbooked: `booked` counts its live bookings and the database refuses a count
above `capacity` (CheckConstraint). Seats are taken and given back only by appointments/seats.py,
by conditional UPDATEs with F(), so two bookings at the same moment cannot both take the last
seat.
"""

from django.conf import settings
from django.contrib.admin import display
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from complaints.references import new_reference, shown
from portal.crypto import SealedCharField, lookup_hash
from portal.dates import LHASA
from workers.models import Worker


def centres():
    """Service centres are translatable snippets: slots and rooms refer to the Chinese row."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class Named(models.Model):
    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=160)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_bo if translation.get_language() == "bo" else self.name_zh


class ServiceType(Named):
    """One of the guidance services of clause 5.2 that a worker can book."""

    code = models.SlugField(_("code"), max_length=30, unique=True)
    minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=30)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("service type")
        verbose_name_plural = _("service types")


class Room(models.Model):
    """A room of a service centre (clause 4.3.1(2): individual, group and classroom spaces)."""

    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Individual guidance room")
        GROUP = "group", _("Group guidance room")
        CLASSROOM = "classroom", _("Classroom")

    centre = models.ForeignKey(
        "home.ServiceCentre",
        verbose_name=_("service centre"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=centres,
    )
    name = models.CharField(_("name"), max_length=60)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    capacity = models.PositiveSmallIntegerField(_("seats"), default=1)

    class Meta:
        ordering = ["centre", "name"]
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self):
        return f"{self.centre} · {self.name}"


class SlotQuerySet(models.QuerySet):
    def open(self, now=None):
        """Not started yet, with a seat left."""
        return self.filter(starts_at__gt=now or timezone.now(), booked__lt=F("capacity"))

    def speaking(self, language):
        if language == "bo":
            return self.filter(counsellor__staff_profile__speaks_tibetan=True)
        return self.filter(counsellor__staff_profile__speaks_chinese=True)

    def at(self, centre):
        """At this centre, or remote when `centre` is None."""
        return self.filter(remote=True) if centre is None else self.filter(centre=centre)


class Slot(models.Model):
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counsellor"),
        on_delete=models.PROTECT,
        related_name="appointment_slots",
    )
    remote = models.BooleanField(
        _("remote"),
        default=False,
        help_text=_("By video or telephone (clause 4.3.2); no centre or room."),
    )
    centre = models.ForeignKey(
        "home.ServiceCentre",
        verbose_name=_("service centre"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=centres,
    )
    room = models.ForeignKey(
        Room, verbose_name=_("room"), null=True, blank=True, on_delete=models.SET_NULL
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    capacity = models.PositiveSmallIntegerField(_("seats"), default=1)
    booked = models.PositiveSmallIntegerField(_("seats booked"), default=0, editable=False)

    objects = SlotQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("appointment slot")
        verbose_name_plural = _("appointment slots")
        constraints = [
            models.CheckConstraint(
                condition=Q(booked__lte=F("capacity")), name="slot_never_overbooked"
            ),
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="slot_ends_late"),
            models.CheckConstraint(
                condition=Q(remote=True) | Q(centre__isnull=False), name="slot_has_a_place"
            ),
        ]

    def __str__(self):
        start = timezone.localtime(self.starts_at, LHASA)
        return f"{start:%Y-%m-%d %H:%M} · {self.place} · {self.counsellor_name}"

    @property
    def place(self):
        if self.remote:
            return str(_("By video or telephone"))
        return f"{self.centre} · {self.room.name}" if self.room else str(self.centre)

    @property
    def counsellor_name(self):
        return self.counsellor.get_full_name() or self.counsellor.get_username()

    @property
    @display(description=_("seats left"))
    def seats_left(self):
        return self.capacity - self.booked

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        if not self.remote and self.centre_id is None:
            raise ValidationError({"centre": _("Choose a service centre, or make it remote.")})
        if self.capacity is not None and self.capacity < self.booked:
            raise ValidationError({"capacity": _("More seats are booked already.")})


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIDEO = "video", _("Video call")
    PHONE = "phone", _("Telephone call")


class Status(models.TextChoices):
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")


class Language(models.TextChoices):
    CHINESE = "zh-hans", _("Chinese")
    TIBETAN = "bo", _("Tibetan")


class Booking(models.Model):
    reference = models.CharField(_("reference"), max_length=8, unique=True, editable=False)
    service = models.ForeignKey(
        ServiceType, verbose_name=_("service"), on_delete=models.PROTECT, related_name="bookings"
    )
    slot = models.ForeignKey(
        Slot, verbose_name=_("time"), on_delete=models.PROTECT, related_name="bookings"
    )
    name = models.CharField(_("name"), max_length=60)
    phone = SealedCharField(_("mobile phone"), help_text=_("Kept encrypted."))
    phone_hash = models.CharField(max_length=64, editable=False, db_index=True)
    language = models.CharField(
        _("language"), max_length=7, choices=Language.choices, default=Language.CHINESE
    )
    channel = models.CharField(
        _("how"), max_length=10, choices=Channel.choices, default=Channel.IN_PERSON
    )
    notes = models.TextField(_("what the worker wants to talk about"), max_length=1000, blank=True)
    topic = models.CharField(
        _("booked from"),
        max_length=80,
        blank=True,
        editable=False,
        help_text=_("The course, job or self-assessment whose page the worker booked from."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BOOKED, editable=False
    )
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="appointments",
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by staff"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("booked at"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["slot__starts_at", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")

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
                if not Booking.objects.filter(reference=self.reference).exists():
                    raise
        raise IntegrityError("No free appointment reference after 5 attempts")

    @property
    @display(description=_("reference"))
    def shown_reference(self):
        return shown(self.reference)

    @property
    @display(description=_("mobile phone"))
    def masked_phone(self):
        return f"{self.phone[:3]}****{self.phone[-4:]}" if self.phone else ""

    @property
    def changeable(self):
        return self.status == Status.BOOKED and self.slot.starts_at > timezone.now()

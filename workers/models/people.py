"""The worker's archive (档案): who the worker is, how to reach them, what they want, and the
consent under which the service keeps all this (clauses 5.1, 6.1–6.5; PIPL).

The ID and phone numbers are sealed at rest and found by their keyed hashes (portal/crypto.py):
the database never holds them in clear. Service records of other apps (assessments, plans,
placements, …) point here and add themselves to the worker's timeline (workers/timeline.py).
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from portal.choices import TargetGroupCode
from portal.crypto import SealedCharField, lookup_hash
from portal.dates import lhasa_today
from portal.idcard import normalised
from workers.choices import (
    ConsentChannel,
    ConsentPurpose,
    Education,
    Ethnicity,
    Gender,
    Intention,
    LanguageAbility,
)

# Youth in China's youth development plan (2016–2025) are 14 to 35; working age starts at 16.
YOUTH_AGES = (16, 35)
SEE_EVERY_WORKER = "workers.view_every_worker"


def id_number_hash(number):
    return lookup_hash("id", normalised(number))


def phone_hash(mobile):
    return lookup_hash("phone", mobile)


def years_before(day, years):
    """The same day `years` earlier; 28 February for a 29 February that year lacks."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def born_between(today, youngest, oldest):
    """The birth dates of people aged `youngest` to `oldest` today."""
    earliest = years_before(today, oldest + 1) + datetime.timedelta(days=1)
    return earliest, years_before(today, youngest)


class WorkerQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The caseload: supervisors see every worker; counsellors their own workers and those
        of their service centre; anyone else none."""
        if not user.is_active:
            return self.none()
        if user.has_perm(SEE_EVERY_WORKER):
            return self
        if not user.has_perm("workers.view_worker"):
            return self.none()
        centre = getattr(getattr(user, "staff_profile", None), "service_centre", None)
        mine = Q(counsellor=user)
        if centre is not None:
            mine |= Q(service_centre__translation_key=centre.translation_key)
        return self.filter(mine)

    def with_id_number(self, number):
        return self.filter(id_number_hash=id_number_hash(number))

    def with_phone(self, mobile):
        return self.filter(phone_hash=phone_hash(mobile))

    def in_group(self, code, today=None):
        """Workers of a target group of clause 5.1, as `Worker.target_groups` derives them."""
        today = today or lhasa_today()
        if code == TargetGroupCode.WOMEN:
            return self.filter(gender=Gender.FEMALE)
        if code == TargetGroupCode.YOUTH:
            return self.filter(date_of_birth__range=born_between(today, *YOUTH_AGES))
        if code == TargetGroupCode.ETHNIC_MINORITIES:
            return self.exclude(ethnicity=Ethnicity.HAN)
        if code == TargetGroupCode.LONG_TERM_RETURNEES:
            return self.filter(long_term_returnee=True)
        return self


class Worker(ClusterableModel):
    name = models.CharField(_("name"), max_length=60)
    id_number = SealedCharField(
        _("ID number"),
        blank=True,
        help_text=_("The 18 characters of the resident identity card. Kept encrypted."),
    )
    id_number_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    phone = SealedCharField(_("mobile phone"), help_text=_("Kept encrypted."))
    phone_hash = models.CharField(max_length=64, editable=False, db_index=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    ethnicity = models.CharField(_("ethnicity"), max_length=12, choices=Ethnicity.choices)
    chinese = models.CharField(
        _("Chinese"), max_length=10, choices=LanguageAbility.choices, default=LanguageAbility.SPEAKS
    )
    tibetan = models.CharField(
        _("Tibetan"), max_length=10, choices=LanguageAbility.choices, default=LanguageAbility.READS
    )
    education = models.CharField(
        _("education"), max_length=12, choices=Education.choices, blank=True
    )
    home_township = models.ForeignKey(
        "regions.Township",
        verbose_name=_("home township"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    long_term_returnee = models.BooleanField(
        _("long-term returnee"),
        default=False,
        help_text=_("Came home after working away for a year or more (clause 5.1)."),
    )
    skills = models.TextField(_("skills"), blank=True)
    intention = models.CharField(
        _("employment intention"),
        max_length=12,
        choices=Intention.choices,
        default=Intention.UNDECIDED,
    )
    preferred_occupations = ParentalManyToManyField(
        "occupations.Occupation", verbose_name=_("preferred occupations"), blank=True
    )
    preferred_areas = ParentalManyToManyField(
        "regions.Area", verbose_name=_("preferred places of work"), blank=True
    )
    preferred_wage = models.PositiveIntegerField(
        _("expected monthly wage (yuan)"), null=True, blank=True
    )
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible counsellor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="caseload",
    )
    service_centre = models.ForeignKey(
        "home.ServiceCentre",
        verbose_name=_("service centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    anonymised_on = models.DateField(_("anonymised on"), null=True, blank=True, editable=False)

    objects = WorkerQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("worker")
        verbose_name_plural = _("workers")
        permissions = [("view_every_worker", _("Can see every worker, not only a caseload"))]
        constraints = [
            models.UniqueConstraint(
                fields=["id_number_hash"],
                condition=~Q(id_number_hash=""),
                name="one_worker_per_id_number",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.id_number_hash = id_number_hash(self.id_number)
        self.phone_hash = phone_hash(self.phone)
        super().save(*args, **kwargs)

    def age(self, today=None):
        if self.date_of_birth is None:
            return None
        today = today or lhasa_today()
        born = self.date_of_birth
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def target_groups(self, today=None):
        """The groups of clause 5.1 this worker belongs to, derived where the record tells."""
        groups = []
        if self.long_term_returnee:
            groups.append(TargetGroupCode.LONG_TERM_RETURNEES)
        if self.gender == Gender.FEMALE:
            groups.append(TargetGroupCode.WOMEN)
        age = self.age(today)
        if age is not None and YOUTH_AGES[0] <= age <= YOUTH_AGES[1]:
            groups.append(TargetGroupCode.YOUTH)
        if self.ethnicity and self.ethnicity != Ethnicity.HAN:
            groups.append(TargetGroupCode.ETHNIC_MINORITIES)
        return groups

    @property
    def masked_phone(self):
        """The phone as lists show it: 139****2345."""
        return f"{self.phone[:3]}****{self.phone[-4:]}" if self.phone else ""


class WorkHistory(Orderable):
    """Work done before coming home: where, as what, for how long."""

    worker = ParentalKey(Worker, on_delete=models.CASCADE, related_name="work_history")
    place = models.CharField(_("where"), max_length=100)
    occupation = models.ForeignKey(
        "occupations.Occupation",
        verbose_name=_("occupation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    work = models.CharField(_("work done"), max_length=100, blank=True)
    years = models.DecimalField(_("years"), max_digits=4, decimal_places=1)

    class Meta(Orderable.Meta):
        verbose_name = _("work history")
        verbose_name_plural = _("work history")


class Certificate(Orderable):
    worker = ParentalKey(Worker, on_delete=models.CASCADE, related_name="certificates")
    name = models.CharField(_("certificate"), max_length=100)
    issuer = models.CharField(_("issued by"), max_length=100, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("certificate")
        verbose_name_plural = _("skills certificates")


class Consent(Orderable):
    """Consent given for one purpose, on a date, through a channel, taken by a member of staff;
    withdrawing it is recorded, not deleted."""

    worker = ParentalKey(Worker, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=12, choices=ConsentPurpose.choices)
    given_on = models.DateField(_("given on"), default=lhasa_today)
    channel = models.CharField(_("channel"), max_length=10, choices=ConsentChannel.choices)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("taken by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return str(self.get_purpose_display())

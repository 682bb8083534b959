"""Placements (a worker starting a job) and their follow-ups (clauses 6.5.1, 6.5.2).

Recording a placement creates all its follow-ups at once, with their due dates (schedule.py):
a deadline is set when its clock starts and stored, so that "overdue" is a query, the worker
page shows what is coming, and a supervisor's later change to the schedule does not move the
dates of placements already under way. Moving the start date moves the follow-ups not yet
done; a follow-up that finds the worker has left the job cancels the ones after it.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from placements import schedule
from placements.choices import Channel, Locality, Outcome, ReminderKind
from portal.dates import lhasa_today
from regions.distance import tier
from workers.models import Worker

# A placement is recorded when it happens, or shortly before or after.
EARLIEST_START_DAYS_AGO = 365
LATEST_START_DAYS_AHEAD = 90
HIGHEST_MONTHLY_WAGE = 100_000


@register_setting(icon="date")
class FollowUpSchedule(BaseGenericSetting):
    """The follow-ups after the first (6.5.2), as supervisors set them."""

    months = models.CharField(
        _("follow-ups after the first (months after the start)"),
        max_length=60,
        default="1,3,6",
        validators=[
            RegexValidator(
                r"^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$",
                _("Enter whole months separated by commas, for example 1,3,6."),
            )
        ],
        help_text=_(
            "The first follow-up is always due 15 days after the start (clause 6.5.1). "
            "Changes apply to placements recorded afterwards."
        ),
    )

    class Meta:
        verbose_name = _("follow-up schedule")

    @property
    def month_list(self):
        return sorted({int(month) for month in self.months.split(",") if month.strip()})


class Placement(models.Model):
    worker = models.ForeignKey(
        Worker, verbose_name=_("worker"), on_delete=models.CASCADE, related_name="placements"
    )
    job = models.ForeignKey(
        "jobs.JobPage",
        verbose_name=_("job posting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("When the worker was placed in a job posted on the portal."),
    )
    employer = models.ForeignKey(
        "jobs.Employer",
        verbose_name=_("registered employer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    employer_name = models.CharField(
        _("employer"),
        max_length=200,
        blank=True,
        help_text=_("Taken from the registered employer or the job when left empty."),
    )
    occupation = models.ForeignKey(
        "occupations.Occupation",
        verbose_name=_("occupation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    workplace = models.ForeignKey(
        "regions.Township",
        verbose_name=_("workplace (township)"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    locality = models.PositiveSmallIntegerField(
        _("near home"), choices=Locality.choices, null=True, editable=False
    )
    start_date = models.DateField(_("start date"))
    monthly_wage = models.PositiveIntegerField(
        _("monthly wage (yuan)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(HIGHEST_MONTHLY_WAGE)],
    )
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("placement")
        verbose_name_plural = _("placements")

    def __str__(self):
        return f"{self.worker} · {self.employer_name}"

    def save(self, *args, **kwargs):
        if not self.employer_name and self.employer is not None:
            self.employer_name = self.employer.name
        found = tier(self.worker.home_township, self.workplace)
        self.locality = None if found is None else Locality.of_tier(found)
        adding = self._state.adding
        moved = not adding and self.start_date != self._stored_start_date()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if adding:
                self.plan_follow_ups()
            elif moved:
                self.move_follow_ups()

    def clean(self):
        if self.job is not None:
            self.employer = self.employer or self.job.employer
            self.occupation = self.occupation or self.job.occupation
        if not self.employer_name and self.employer is None:
            raise ValidationError(
                {"employer_name": _("Name the employer, or choose a registered one or a job.")}
            )
        # Checked when the date is entered, so that an old placement's notes can still change.
        if self.start_date is not None and self.start_date != self._stored_start_date():
            today = lhasa_today()
            earliest = today - datetime.timedelta(days=EARLIEST_START_DAYS_AGO)
            latest = today + datetime.timedelta(days=LATEST_START_DAYS_AHEAD)
            if not earliest <= self.start_date <= latest:
                raise ValidationError(
                    {
                        "start_date": _(
                            "The start date must be between %(earliest)s and %(latest)s."
                        )
                        % {"earliest": earliest, "latest": latest}
                    }
                )

    def _stored_start_date(self):
        return Placement.objects.filter(pk=self.pk).values_list("start_date", flat=True).first()

    def plan_follow_ups(self):
        months = FollowUpSchedule.load().month_list
        FollowUp.objects.bulk_create(
            FollowUp(placement=self, number=number, months_after_start=after, due_on=due)
            for number, (after, due) in enumerate(schedule.plan(self.start_date, months), 1)
        )

    def move_follow_ups(self):
        pending = list(self.follow_ups.pending())
        for follow_up in pending:
            follow_up.due_on = schedule.due_on(self.start_date, follow_up.months_after_start)
        FollowUp.objects.bulk_update(pending, ["due_on"])

    @property
    def first_follow_up(self):
        return self.follow_ups.order_by("number").first()


class FollowUpQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(done_on__isnull=True)

    def overdue(self, today):
        """Not done, and due before `today`."""
        return self.pending().filter(due_on__lt=today)

    def due_soon(self, today, days):
        """Not done, and due from `today` to `days` days later, both included."""
        return self.pending().filter(due_on__range=(today, today + datetime.timedelta(days=days)))

    def visible_to(self, user):
        """The follow-ups of the workers in the user's caseload."""
        return self.filter(placement__worker__in=Worker.objects.visible_to(user))


class FollowUp(models.Model):
    placement = models.ForeignKey(
        Placement,
        verbose_name=_("placement"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    number = models.PositiveSmallIntegerField(_("follow-up"), editable=False)
    # None for the first follow-up (15 days after the start); kept to move the due date.
    months_after_start = models.PositiveSmallIntegerField(null=True, editable=False)
    due_on = models.DateField(_("due on"), editable=False, db_index=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    channel = models.CharField(_("how"), max_length=10, choices=Channel.choices, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    adaptation = models.TextField(
        _("adaptation"), blank=True, help_text=_("How the worker is settling into the job.")
    )
    problems = models.TextField(_("problems"), blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        constraints = [
            models.UniqueConstraint(fields=["placement", "number"], name="one_follow_up_number")
        ]

    def __str__(self):
        return _("Follow-up %(number)s of %(placement)s") % {
            "number": self.number,
            "placement": self.placement,
        }

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            if self.done_on is not None and self.outcome == Outcome.LEFT:
                # Nobody to follow up in this job any more.
                self.placement.follow_ups.pending().filter(number__gt=self.number).delete()

    @property
    def worker(self):
        return self.placement.worker

    @property
    def worker_id(self):
        """For the audit log, like a record's `worker` foreign key."""
        return self.placement.worker_id

    @property
    def responsible(self):
        """Who is reminded: the worker's counsellor, else whoever recorded the placement."""
        return self.placement.worker.counsellor or self.placement.recorded_by

    def clean(self):
        errors = {}
        if self.done_on is None:
            if self.channel or self.outcome:
                errors["done_on"] = _("Enter the date the follow-up was done.")
        else:
            if self.done_on > lhasa_today():
                errors["done_on"] = _("The date cannot be in the future.")
            elif self.done_on < self.placement.start_date:
                errors["done_on"] = _("The date cannot be before the placement started.")
            for field in ("channel", "outcome"):
                if not getattr(self, field):
                    errors[field] = _("Required when the follow-up is done.")
        if errors:
            raise ValidationError(errors)


class Reminder(models.Model):
    """A reminder sent about a follow-up, so that each kind is sent once."""

    follow_up = models.ForeignKey(FollowUp, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["follow_up", "kind"], name="one_reminder_per_kind")
        ]

    def __str__(self):
        return f"{self.follow_up} · {self.get_kind_display()}"

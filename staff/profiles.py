"""What falls due in a staff profile (clause 4.2): a qualification that expires within
STAFF_REMINDER_DAYS days or has expired, and the annual mental-health check.

A qualification is valid through its expiry date: expiring "soon" from STAFF_REMINDER_DAYS
days before it up to that day, "past" from the day after. The mental-health check is due
CHECK_INTERVAL after the last one: "soon" in the STAFF_REMINDER_DAYS days up to that date,
"past" after it or when no check was ever recorded. The dashboard panel, the staff list and the
reminders (remind_staff_qualifications) all read these rules.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CHECK_INTERVAL = timedelta(days=365)

# The permission that makes a user see every staff member's profile, not only their own.
SEES_EVERY_PROFILE = "staff.view_staffprofile"


def reminder_days():
    return settings.STAFF_REMINDER_DAYS


def next_check_on(checked_on):
    """The date the next mental-health check is due, or None when none was ever recorded."""
    return checked_on + CHECK_INTERVAL if checked_on else None


class Stage(models.TextChoices):
    SOON = "soon", _("due soon")
    PAST = "past", _("expired or overdue")


class QualificationQuerySet(models.QuerySet):
    def expiring(self, today, days):
        return self.filter(expires_on__gte=today, expires_on__lte=today + timedelta(days=days))

    def expired(self, today):
        return self.filter(expires_on__lt=today)

    def due(self, today, days):
        """Expiring within `days` days or expired."""
        return self.filter(expires_on__lte=today + timedelta(days=days))


class StaffProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every profile for supervisors, the user's own for anyone else."""
        if user.has_perm(SEES_EVERY_PROFILE):
            return self
        return self.filter(user=user)

    def check_overdue(self, today):
        return self.filter(
            Q(mental_health_checked_on__isnull=True)
            | Q(mental_health_checked_on__lt=today - CHECK_INTERVAL)
        )

    def check_due_soon(self, today, days):
        last_due = today - CHECK_INTERVAL
        return self.filter(
            mental_health_checked_on__gte=last_due,
            mental_health_checked_on__lte=last_due + timedelta(days=days),
        )


@dataclass(frozen=True)
class DueItem:
    """One thing a staff member must renew: a qualification (None for the mental-health check),
    its date (None for a check never recorded) and whether that date is still ahead."""

    profile: object
    qualification: object
    due_on: date | None
    stage: str

    @property
    def what(self):
        if self.qualification is None:
            return _("mental-health check")
        return self.qualification.name

    @property
    def past(self):
        return self.stage == Stage.PAST


def stage_of(due_on, today):
    return Stage.SOON if due_on is not None and due_on >= today else Stage.PAST


def due_items(profiles, today, days=None):
    """The DueItems of the (active) staff `profiles`, the most urgent first."""
    from staff.models import Qualification  # the models import this module's querysets

    days = reminder_days() if days is None else days
    profiles = profiles.filter(user__is_active=True).select_related("user", "service_centre")
    items = [
        DueItem(qualification.profile, qualification, qualification.expires_on, stage)
        for stage, qualifications in (
            (Stage.SOON, Qualification.objects.expiring(today, days)),
            (Stage.PAST, Qualification.objects.expired(today)),
        )
        for qualification in qualifications.filter(profile__in=profiles).select_related(
            "profile__user", "profile__service_centre"
        )
    ]
    checks = profiles.check_overdue(today) | profiles.check_due_soon(today, days)
    for profile in checks:
        due_on = next_check_on(profile.mental_health_checked_on)
        items.append(DueItem(profile, None, due_on, stage_of(due_on, today)))
    return sorted(items, key=lambda item: (item.due_on or date.min, item.profile.pk))

"""Reminders of what falls due in staff profiles (clause 4.2), mailed in Chinese, the language
of the staff admin: each member of staff about their own items, the supervisors one summary of
everyone's. Each item is reminded of once per stage (StaffReminder)."""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.notifications import send_mail
from staff.models import StaffProfile, StaffReminder
from staff.profiles import due_items
from staff.roles import SUPERVISORS


def item_line(item):
    values = {"what": item.what, "date": item.due_on.isoformat() if item.due_on else ""}
    if item.qualification is not None:
        text = _("%(what)s expired on %(date)s") if item.past else _("%(what)s expires on %(date)s")
    elif item.due_on is None:
        text = _("%(what)s: never recorded")
    else:
        text = _("%(what)s was due on %(date)s") if item.past else _("%(what)s is due on %(date)s")
    return text % values


def staff_mail(profile, items):
    url = settings.WAGTAILADMIN_BASE_URL + reverse("staff_my_profile")
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your qualifications and checks due")
        lines = [f"- {item_line(item)}" for item in items]
        body = "\n".join(
            [
                _("Please renew these and record the new dates in your profile:"),
                *lines,
                "",
                url,
            ]
        )
    return subject, body


def summary_mail(items):
    url = settings.WAGTAILADMIN_BASE_URL + reverse("staff_profiles:index")
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Staff qualifications and checks due")
        lines = [f"- {item.profile}: {item_line(item)}" for item in items]
        body = "\n".join([_("These fell due since the last reminder:"), *lines, "", url])
    return subject, body


def supervisor_addresses():
    supervisors = get_user_model().objects.filter(groups__name=SUPERVISORS, is_active=True)
    return sorted({user.email for user in supervisors if user.email})


def not_reminded(item):
    return not StaffReminder.objects.filter(
        profile=item.profile,
        qualification=item.qualification,
        due_on=item.due_on,
        stage=item.stage,
    ).exists()


def record(items):
    """Records the reminders first, so that a second run, even a concurrent one, skips them;
    False when another run recorded them already."""
    try:
        with transaction.atomic():
            for item in items:
                StaffReminder.objects.create(
                    profile=item.profile,
                    qualification=item.qualification,
                    due_on=item.due_on,
                    stage=item.stage,
                )
    except IntegrityError:
        return False
    return True


def remind_all(today):
    """Mail each member of staff their newly due items, and the supervisors all of them;
    the number of items reminded of."""
    by_profile = defaultdict(list)
    for item in due_items(StaffProfile.objects.all(), today):
        if not_reminded(item):
            by_profile[item.profile].append(item)
    reminded = []
    for profile, items in by_profile.items():
        if not record(items):
            continue
        reminded.extend(items)
        if profile.user.email:
            send_mail(*staff_mail(profile, items), [profile.user.email])
    supervisors = supervisor_addresses()
    if reminded and supervisors:
        send_mail(*summary_mail(reminded), supervisors)
    return len(reminded)

"""Verifying an employer: a job reviewer has checked its business licence and contact details.

Verification vouches for the name and the credit code that were checked, so changing either
withdraws it; the public form never changes an existing employer at all (jobs/intake).
"""

from django.utils import timezone
from wagtail.log_actions import log

PERMISSION = "jobs.verify_employer"
LOG_ACTION = "jobs.verify_employer"
IDENTITY = ("name", "credit_code")


def can_verify(user):
    """Job reviewers and superusers (the permission is granted in jobs/migrations/0002)."""
    return user.is_active and user.has_perm(PERMISSION)


def verify(employer, user):
    employer.verified = True
    employer.verified_by = user
    employer.verified_at = timezone.now()
    employer.save(update_fields=["verified", "verified_by", "verified_at"])
    log(instance=employer, action=LOG_ACTION, user=user)


def withdraw(employer):
    """Forget a verification; the caller saves the employer."""
    employer.verified = False
    employer.verified_by = None
    employer.verified_at = None

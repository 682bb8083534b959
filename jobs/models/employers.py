"""Employers who post jobs (clause 6.3.1): who they are, and whether staff have checked them."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from jobs.credit_code import normalise, validate_credit_code

PHONE = re.compile(r"1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}")


def validate_phone(value):
    """A mainland mobile number (11 digits) or a landline with its area code (0891-6321234)."""
    if not PHONE.fullmatch(re.sub(r"[\s()]", "", value or "")):
        raise ValidationError(
            _("Enter a mobile number of 11 digits or a landline with its area code."),
            code="phone",
        )


class Employer(models.Model):
    name = models.CharField(_("name"), max_length=200)
    name_bo = models.CharField(_("name in Tibetan"), max_length=300, blank=True)
    credit_code = models.CharField(
        _("unified social credit code"),
        max_length=18,
        unique=True,
        validators=[validate_credit_code],
        help_text=_("The 18 characters on the business licence."),
    )
    contact_person = models.CharField(_("contact person"), max_length=60)
    phone = models.CharField(_("telephone"), max_length=30, validators=[validate_phone])
    township = models.ForeignKey(
        "regions.Township",
        verbose_name=_("township"),
        on_delete=models.PROTECT,
        related_name="employers",
    )
    address = models.CharField(_("address"), max_length=200)
    verified = models.BooleanField(_("verified"), default=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("employer")
        verbose_name_plural = _("employers")
        # Verifying is a reviewer's act of its own (jobs/employers/verification.py): staff who
        # may edit an employer's details may not thereby vouch for them.
        permissions = [("verify_employer", _("Can verify employers"))]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name in the active language: the Tibetan name on Tibetan pages, if there is one."""
        return self.name_bo if translation.get_language() == "bo" and self.name_bo else self.name

    def clean(self):
        super().clean()
        self.credit_code = normalise(self.credit_code)

"""What the service keeps about its staff beyond their sign-in (clause 4.2)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.crypto import SealedCharField


class StaffProfile(models.Model):
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

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return str(self.user)


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

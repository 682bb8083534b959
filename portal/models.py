from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.choices import TargetGroupCode


class TargetGroup(models.Model):
    """One of the target groups of clause 5.1, as a row so that pages can name several.

    The rows are created by migration, one per TargetGroupCode; their names come from the
    catalogues, so they are the same in every language the portal speaks.
    """

    code = models.CharField(_("code"), max_length=32, choices=TargetGroupCode.choices, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return str(self.get_code_display())

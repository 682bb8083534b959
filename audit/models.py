"""The audit log: who read, changed, exported or printed which worker's record, when and from
where (DESIGN.md, "Rules that hold everywhere"; PIPL art. 51).

An entry names the worker and the object, never their sealed values: the object is kept as its
type, id and the text it shows in lists. Entries are kept at least six months
(`purge_audit_log`); no view changes or deletes one.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    VIEW = "view", _("view")
    ADD = "add", _("add")
    CHANGE = "change", _("change")
    DELETE = "delete", _("delete")
    EXPORT = "export", _("export")
    PRINT = "print", _("print")
    DOWNLOAD = "download", _("download")
    TWO_FACTOR_RESET = "2fa_reset", _("two-factor reset")


class AuditEntry(models.Model):
    when = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    # The action's name in Wagtail's log, when the entry came from there ("careerplans.print").
    logged_as = models.CharField(_("logged as"), max_length=100, blank=True)
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the worker's record is deleted, so the entry still says whose record it was.
    worker_number = models.PositiveBigIntegerField(_("worker number"), null=True, blank=True)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("type"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    path = models.CharField(_("address requested"), max_length=500, blank=True)
    client_address = models.GenericIPAddressField(_("client address"), null=True, blank=True)

    class Meta:
        ordering = ["-when", "-pk"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        default_permissions = ["view"]

    def __str__(self):
        return f"{self.when:%Y-%m-%d %H:%M} {self.user} {self.action} {self.object_repr}"

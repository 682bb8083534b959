"""Keeping the archive (clause 6.5.3): a closed year's service records are read-only, and each
worker served that year has an archive bundle (a PDF summary and the data export) kept in
storage that is never served to the web."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _


class ArchiveStorage(FileSystemStorage):
    """ARCHIVE_ROOT, outside MEDIA_ROOT: bundles hold personal data and have no public URL.
    The setting is read on every use, so a test or a deployment may move it."""

    @property
    def base_location(self):
        return settings.ARCHIVE_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Archive bundles are never served by URL.")


def archive_storage():
    return ArchiveStorage()


class ClosedYear(models.Model):
    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    closed_at = models.DateTimeField(_("closed"), auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    workers_served = models.PositiveIntegerField(_("workers served"), default=0)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("closed year")
        verbose_name_plural = _("closed years")

    def __str__(self):
        return str(self.year)

    @property
    def bundles_made(self):
        return ArchiveBundle.objects.filter(year=self.year).count()


def bundle_path(bundle, filename):
    return f"{bundle.year}/{filename}"


class ArchiveBundle(models.Model):
    """What the archive keeps of one worker for one closed year."""

    year = models.PositiveSmallIntegerField(_("year"), db_index=True)
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="archive_bundles",
    )
    summary = models.FileField(_("summary (PDF)"), storage=archive_storage, upload_to=bundle_path)
    data = models.FileField(_("data (JSON)"), storage=archive_storage, upload_to=bundle_path)
    made_at = models.DateTimeField(_("made"), auto_now_add=True)

    class Meta:
        ordering = ["-year", "worker"]
        verbose_name = _("archive bundle")
        verbose_name_plural = _("archive bundles")
        constraints = [
            models.UniqueConstraint(fields=["year", "worker"], name="one_bundle_per_worker_year")
        ]

    def __str__(self):
        return f"{self.year} · {self.worker_id}"

"""Fail when a string the portal shows is missing from, or untranslated in, a catalogue.

Runs makemessages into a scratch copy of locale/, so the catalogues in the repository are left
as they are, then compares: a message the code uses that the repository's catalogue lacks means
`make messages` was not run; an empty or fuzzy translation means a translator has work to do.
"""

import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

LANGUAGES = ["zh_Hans", "bo"]
# Folders whose strings are not shown by the portal, or are not the project's.
IGNORE = [".venv", "node_modules", "static", "media", "tests", "bench", "scripts", "locale"]


def catalogue(locale_dir, language):
    return polib.pofile(str(Path(locale_dir) / language / "LC_MESSAGES" / "django.po"))


def untranslated(po):
    return [entry for entry in po if not entry.obsolete and not entry.translated()]


class Command(BaseCommand):
    help = "Check that every project string is in locale/zh_Hans and locale/bo, translated."

    def handle(self, *args, **options):
        repository = Path(settings.LOCALE_PATHS[0])
        problems = []
        with tempfile.TemporaryDirectory() as scratch:
            scratch_locale = Path(scratch) / "locale"
            shutil.copytree(repository, scratch_locale)
            with override_settings(LOCALE_PATHS=[scratch_locale]):
                call_command(
                    "makemessages",
                    locale=LANGUAGES,
                    ignore_patterns=IGNORE,
                    no_obsolete=True,
                    verbosity=0,
                )
            for language in LANGUAGES:
                wanted = {entry.msgid for entry in catalogue(scratch_locale, language)}
                shipped = {entry.msgid for entry in catalogue(repository, language)}
                for msgid in sorted(wanted - shipped):
                    problems.append(f"{language}: missing (run `make messages`): {msgid!r}")
                for msgid in sorted(shipped - wanted):
                    problems.append(f"{language}: no longer used (run `make messages`): {msgid!r}")
                for entry in untranslated(catalogue(repository, language)):
                    problems.append(f"{language}: untranslated or fuzzy: {entry.msgid!r}")
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Catalogues complete: " + ", ".join(LANGUAGES)))

"""Fill the catalogues from a JSON file of translations, then compile them.

    make messages
    .venv/bin/python scripts/fill_translations.py new-strings.json

The JSON maps each msgid to its two translations, `{"Case studies": ["典型案例", "དཔེ་མཚོན།"]}`
(plural entries: `{"%(n)s job": [["%(n)s个岗位"], ["ལས་གནས་%(n)s"]]}`, one form per language).
Entries already translated are overwritten only with --force. Prints what is still missing.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = {
    0: ROOT / "locale/zh_Hans/LC_MESSAGES/django.po",
    1: ROOT / "locale/bo/LC_MESSAGES/django.po",
}


def fill(catalogue, translations, column, force):
    changed = 0
    for entry in catalogue:
        if entry.obsolete or entry.msgid not in translations:
            continue
        value = translations[entry.msgid][column]
        if entry.msgid_plural:
            forms = value if isinstance(value, list) else [value]
            if force or entry.fuzzy or not any(entry.msgstr_plural.values()):
                entry.msgstr_plural = dict(enumerate(forms))
                changed += 1
        elif force or not entry.msgstr or entry.fuzzy:
            entry.msgstr = value
            changed += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    return changed


def missing(catalogue):
    return [
        entry.msgid
        for entry in catalogue
        if not entry.obsolete
        and (
            not (any(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr)
            or entry.fuzzy
        )
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--force", action="store_true", help="overwrite existing translations")
    options = parser.parse_args()
    translations = {}
    for path in options.files:
        translations.update(json.loads(path.read_text(encoding="utf-8")))
    gaps = 0
    for column, path in CATALOGUES.items():
        catalogue = polib.pofile(str(path), wrapwidth=0)
        changed = fill(catalogue, translations, column, options.force)
        catalogue.save()
        left = missing(catalogue)
        gaps += len(left)
        print(f"{path.relative_to(ROOT)}: {changed} filled, {len(left)} missing")
        for msgid in left:
            print(f"  missing: {msgid!r}")
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "compilemessages",
            "--ignore=.venv",
            "--ignore=node_modules",
            "-v0",
        ],
        cwd=ROOT,
        check=True,
    )
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())

"""Load the occupational classification from a CSV file: every row is checked first, and nothing
is written unless every row is good.

The file is UTF-8 (a byte-order mark is allowed), comma-separated, with a header row naming its
columns:

    code         required  6, 6-29, 6-29-01 or 6-29-01-01 (major, medium, minor group, occupation)
    level        optional  1 to 4; when given it must match the code
    parent_code  optional  the code of the group above; when given it must match the code
                           (left empty, the level and the group are taken from the code)
    name_zh      required  the name in Chinese
    name_bo      required  the name in Tibetan

A row's group must be in the file (anywhere) or already in the database. Importing again
updates the names of codes that exist and adds the new ones, so it is safe to repeat; nothing is
ever deleted. Blank lines are skipped.
"""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from occupations.models import (
    HAN,
    TIBETAN_SCRIPT,
    Occupation,
    is_valid_code,
    level_of,
    parent_code_of,
)

COLUMNS = ("code", "level", "parent_code", "name_zh", "name_bo")
REQUIRED_COLUMNS = ("code", "name_zh", "name_bo")
MAX_LENGTHS = {
    name: Occupation._meta.get_field(name).max_length for name in ("code", "name_zh", "name_bo")
}
SHIPPED_CSV = Path(__file__).resolve().parent / "data" / "occupations.csv"


@dataclass
class RowError:
    """A problem in the file: on which line (1 is the header), in which column, what."""

    line: int
    column: str
    problem: str

    def __str__(self):
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.problem}"


@dataclass
class Row:
    line: int
    code: str
    name_zh: str
    name_bo: str


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors


def import_occupations(source, dry_run=False):
    """Check the CSV `source` (a path, bytes or a binary file) and, if every row is good and
    `dry_run` is false, create or update its occupations in one transaction."""
    result = ImportResult()
    rows = read_rows(source, result.errors)
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        save_rows(rows, result)
    return result


def import_shipped():
    """The reference data shipped with the portal (occupations/data/occupations.csv)."""
    result = import_occupations(SHIPPED_CSV)
    if not result.ok:
        problems = "\n".join(str(error) for error in result.errors)
        raise ValueError(f"{SHIPPED_CSV} has problems:\n{problems}")
    return result


# -- reading and checking ----------------------------------------------------------------------


def read_bytes(source):
    if isinstance(source, bytes):
        return source
    if isinstance(source, str | Path):
        return Path(source).read_bytes()
    return source.read()


def decode(data, errors):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        errors.append(
            RowError(line, "", "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and retry")
        )
        return None


def read_rows(source, errors):
    """The rows of the file, checked; problems are appended to `errors`."""
    text = decode(read_bytes(source), errors)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    columns = check_header(header, errors)
    if columns is None:
        return []

    rows, first_line = [], {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(columns):
            errors.append(
                RowError(line, "", f"has {len(cells)} fields where the header has {len(columns)}")
            )
            continue
        values = {name: cell.strip() for name, cell in zip(columns, cells, strict=True)}
        row = check_row(line, values, errors)
        if row is None:
            continue
        if row.code in first_line:
            errors.append(
                RowError(
                    line,
                    "code",
                    f"duplicate code {row.code} (first on line {first_line[row.code]})",
                )
            )
            continue
        first_line[row.code] = line
        rows.append(row)

    if not rows and not errors:
        errors.append(RowError(2, "", "the file has no rows below its header"))
    check_parents(rows, errors)
    return rows


def check_header(header, errors):
    if not header or not any(cell.strip() for cell in header):
        errors.append(RowError(1, "", f"the header row is missing; expected {', '.join(COLUMNS)}"))
        return None
    columns = [cell.strip().lower() for cell in header]
    problems = len(errors)
    for name in columns:
        if name not in COLUMNS:
            errors.append(
                RowError(1, name or "(empty)", f"unknown column; expected {', '.join(COLUMNS)}")
            )
        elif columns.count(name) > 1:
            errors.append(RowError(1, name, "this column appears twice"))
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            errors.append(RowError(1, name, "required column is missing"))
    return columns if len(errors) == problems else None


def check_row(line, values, errors):
    """The row, or None if its code is unusable; every problem found goes to `errors`."""
    problems = len(errors)
    code = values["code"]
    if not code:
        errors.append(RowError(line, "code", "missing"))
    elif not is_valid_code(code):
        errors.append(
            RowError(
                line,
                "code",
                f"malformed code {code!r}; write 6, 6-29, 6-29-01 or 6-29-01-01",
            )
        )
    else:
        level = values.get("level", "")
        if level and level != str(level_of(code)):
            errors.append(
                RowError(
                    line,
                    "level",
                    f"level {level!r} does not match code {code}, which is level {level_of(code)}",
                )
            )
        parent = values.get("parent_code", "")
        expected = parent_code_of(code) or ""
        if parent and parent != expected:
            errors.append(
                RowError(
                    line,
                    "parent_code",
                    f"parent {parent or '(empty)'} does not match code {code}, "
                    f"whose group is {expected or '(none: it is a major group)'}",
                )
            )

    for name, script in (("name_zh", "Chinese"), ("name_bo", "Tibetan")):
        value = values[name]
        if not value:
            errors.append(RowError(line, name, f"missing: every row needs its name in {script}"))
        elif len(value) > MAX_LENGTHS[name]:
            errors.append(RowError(line, name, f"longer than {MAX_LENGTHS[name]} characters"))
        elif name == "name_zh" and not HAN.search(value):
            errors.append(RowError(line, name, "not written in Chinese characters"))
        elif name == "name_bo" and (HAN.search(value) or not TIBETAN_SCRIPT.search(value)):
            errors.append(RowError(line, name, "not written in Tibetan script"))

    if len(errors) > problems:
        return None
    return Row(line, code, values["name_zh"], values["name_bo"])


def check_parents(rows, errors):
    """Every row's group is in the file or in the database."""
    in_file = {row.code for row in rows}
    wanted = {parent_code_of(row.code) for row in rows} - in_file - {None}
    in_database = set(Occupation.objects.filter(code__in=wanted).values_list("code", flat=True))
    for row in rows:
        parent = parent_code_of(row.code)
        if parent and parent not in in_file and parent not in in_database:
            errors.append(
                RowError(
                    row.line,
                    "code",
                    f"unknown parent {parent}: add a row for it, or import it first",
                )
            )


# -- saving ------------------------------------------------------------------------------------


def save_rows(rows, result):
    """Create the new codes (groups before their members) and update changed names."""
    codes = [row.code for row in rows]
    parents = {parent_code_of(code) for code in codes} - {None}
    existing = {
        occupation.code: occupation
        for occupation in Occupation.objects.filter(code__in=set(codes) | parents)
    }
    changed = []
    for level in range(1, 5):
        new = []
        for row in rows:
            if level_of(row.code) != level:
                continue
            occupation = existing.get(row.code)
            if occupation is None:
                parent = existing.get(parent_code_of(row.code) or "")
                new.append(
                    Occupation(
                        code=row.code,
                        level=level,
                        parent=parent,
                        name_zh=row.name_zh,
                        name_bo=row.name_bo,
                    )
                )
            elif (occupation.name_zh, occupation.name_bo) != (row.name_zh, row.name_bo):
                occupation.name_zh, occupation.name_bo = row.name_zh, row.name_bo
                changed.append(occupation)
            else:
                result.unchanged += 1
        for occupation in Occupation.objects.bulk_create(new):
            existing[occupation.code] = occupation
        result.created += len(new)
    if changed:
        Occupation.objects.bulk_update(changed, ["name_zh", "name_bo"])
    result.updated = len(changed)

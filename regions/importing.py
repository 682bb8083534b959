"""Load the districts, counties and townships from a CSV file: every row is checked first, and
nothing is written unless every row is good.

The file is UTF-8 (a byte-order mark is allowed), comma-separated, with a header row naming all
of its columns, one row per township:

    area_code, area_kind         the district or county (chengguan, …, or the catch-alls tibet
                                 and outside) and its kind: district, county, tibet or outside
    area_name_zh, area_name_bo   its names in Chinese and Tibetan
    area_latitude, area_longitude  its seat, WGS-84 degrees, at most 5 decimals
    code, kind                   the township: a lowercase slug (dazi-deqing) and its kind:
                                 subdistrict, town, township, or other (the catch-alls' only row)
    name_zh, name_bo, latitude, longitude

The area columns repeat on every row of the area and must agree. The order of the file is the
order of the lists. Importing again updates names, kinds, coordinates and order by code and adds
new codes; nothing is ever deleted, because jobs and workers refer to townships.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction

from occupations.importing import RowError, decode, read_bytes
from occupations.models import HAN, TIBETAN_SCRIPT
from portal.choices import District
from regions.models import Area, Township

FIELDS = ("code", "kind", "name_zh", "name_bo", "latitude", "longitude")
COLUMNS = tuple(f"area_{name}" for name in FIELDS) + FIELDS
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SCRIPTS = {"name_zh": ("Chinese", HAN), "name_bo": ("Tibetan", TIBETAN_SCRIPT)}
DEGREES = {"latitude": 90, "longitude": 180}
# Lhasa lies within 29°14'–31°04' N and 89°45'–92°37' E; a Lhasa row outside this box has a
# typing error or latitude and longitude swapped.
LHASA_BOUNDS = {
    "latitude": (Decimal("29.2"), Decimal("31.1")),
    "longitude": (Decimal("89.7"), Decimal("92.7")),
}
CATCH_ALLS = (Area.Kind.TIBET, Area.Kind.OUTSIDE)
SHIPPED_CSV = Path(__file__).resolve().parent / "data" / "townships.csv"


@dataclass
class Row:
    line: int
    area: dict
    township: dict


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    created: list = field(default_factory=list)  # "township dazi-deqing"
    updated: list = field(default_factory=list)  # "township dazi-deqing: name_bo, latitude"
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors


def import_townships(source, dry_run=False, area_model=Area, township_model=Township):
    """Check the CSV `source` (a path, bytes or a binary file) and, if every row is good and
    `dry_run` is false, create or update its areas and townships in one transaction. The data
    migration passes its historical models."""
    result = ImportResult()
    rows = read_rows(source, result.errors)
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        save_rows(rows, result, area_model, township_model)
    return result


def import_shipped(area_model=Area, township_model=Township):
    """The reference data shipped with the portal (regions/data/townships.csv)."""
    result = import_townships(SHIPPED_CSV, area_model=area_model, township_model=township_model)
    if not result.ok:
        problems = "\n".join(str(error) for error in result.errors)
        raise ValueError(f"{SHIPPED_CSV} has problems:\n{problems}")
    return result


# -- reading and checking ----------------------------------------------------------------------


def read_rows(source, errors):
    """The rows of the file, checked; problems are appended to `errors`."""
    text = decode(read_bytes(source), errors)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    columns = check_header(next(reader, None), errors)
    if columns is None:
        return []
    rows, township_lines, areas = [], {}, {}
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
        code = row.township["code"]
        if code in township_lines:
            errors.append(
                RowError(
                    line, "code", f"duplicate code {code} (first on line {township_lines[code]})"
                )
            )
            continue
        township_lines[code] = line
        if check_same_area(row, areas.setdefault(row.area["code"], row), errors):
            rows.append(row)
    if not rows and not errors:
        errors.append(RowError(2, "", "the file has no rows below its header"))
    return rows


def check_header(header, errors):
    expected = ", ".join(COLUMNS)
    if not header or not any(cell.strip() for cell in header):
        errors.append(RowError(1, "", f"the header row is missing; expected {expected}"))
        return None
    columns = [cell.strip().lower() for cell in header]
    problems = len(errors)
    for name in columns:
        if name not in COLUMNS:
            errors.append(RowError(1, name or "(empty)", f"unknown column; expected {expected}"))
        elif columns.count(name) > 1:
            errors.append(RowError(1, name, "this column appears twice"))
    for name in COLUMNS:
        if name not in columns:
            errors.append(RowError(1, name, "required column is missing"))
    return columns if len(errors) == problems else None


def check_row(line, values, errors):
    """The row, or None if anything in it is wrong; every problem found goes to `errors`."""
    problems = len(errors)
    area = {name: values[f"area_{name}"] for name in FIELDS}
    township = {name: values[name] for name in FIELDS}
    for prefix, record, model in (("area_", area, Area), ("", township, Township)):
        for name in FIELDS:
            if not record[name]:
                errors.append(RowError(line, prefix + name, "missing"))
            elif problem := problem_with(name, record[name], model):
                errors.append(RowError(line, prefix + name, problem))
    if len(errors) > problems:
        return None
    lhasa = area["kind"] not in CATCH_ALLS
    if lhasa and area["code"] not in District.values:
        allowed = ", ".join(District.values)
        errors.append(
            RowError(line, "area_code", f"not a district or county of Lhasa; use one of {allowed}")
        )
    if lhasa and township["kind"] == Township.Kind.OTHER:
        errors.append(RowError(line, "kind", "other is only for the catch-alls tibet and outside"))
    if not lhasa and township["kind"] != Township.Kind.OTHER:
        errors.append(RowError(line, "kind", "the township of a catch-all area is of kind other"))
    for prefix, record in (("area_", area), ("", township)):
        for name in DEGREES:
            record[name] = Decimal(record[name])
            low, high = LHASA_BOUNDS[name]
            if lhasa and not low <= record[name] <= high:
                errors.append(
                    RowError(
                        line,
                        prefix + name,
                        f"{record[name]} is outside Lhasa ({low} to {high}); "
                        "are latitude and longitude swapped?",
                    )
                )
    return None if len(errors) > problems else Row(line, area, township)


def check_same_area(row, first, errors):
    """Every row of an area repeats the same area columns."""
    differing = [name for name in FIELDS if row.area[name] != first.area[name]]
    for name in differing:
        errors.append(
            RowError(
                row.line,
                f"area_{name}",
                f"differs from line {first.line}, where {first.area['code']} has "
                f"{first.area[name]}",
            )
        )
    return not differing


def problem_with(name, value, model):
    """What is wrong with `value` for the field `name` of `model`, or None."""
    if name in DEGREES:
        return degrees_problem(value, DEGREES[name])
    if name == "kind":
        if value not in model.Kind.values:
            return f"unknown kind {value!r}; use one of {', '.join(model.Kind.values)}"
        return None
    max_length = model._meta.get_field(name).max_length
    if len(value) > max_length:
        return f"longer than {max_length} characters"
    if name == "code":
        if not SLUG.fullmatch(value):
            return f"malformed code {value!r}; write lowercase letters, digits and hyphens"
        return None
    script, pattern = SCRIPTS[name]
    if not pattern.search(value) or (name == "name_bo" and HAN.search(value)):
        return f"not written in {script} script"
    return None


def degrees_problem(value, limit):
    try:
        degrees = Decimal(value)
    except InvalidOperation:
        return f"{value!r} is not a number of degrees"
    if not degrees.is_finite() or abs(degrees) > limit:
        return f"{value} is not between -{limit} and {limit}"
    if degrees.as_tuple().exponent < -5:
        return f"{value} has more than 5 decimals"
    return None


# -- saving ------------------------------------------------------------------------------------


def save_rows(rows, result, area_model, township_model):
    """Create or update each area at its first row, and each township, in the order of the file."""
    areas = {
        area.code: area
        for area in area_model.objects.filter(code__in={row.area["code"] for row in rows})
    }
    townships = {
        township.code: township
        for township in township_model.objects.filter(
            code__in=[row.township["code"] for row in rows]
        )
    }
    saved, counts = {}, {}
    for row in rows:
        code = row.area["code"]
        if code not in saved:
            values = dict(row.area, sort_order=len(saved) + 1)
            saved[code] = upsert(area_model, areas.get(code), values, result, "area")
        counts[code] = counts.get(code, 0) + 1
        values = dict(row.township, area_id=saved[code].pk, sort_order=counts[code])
        upsert(township_model, townships.get(row.township["code"]), values, result, "township")


def upsert(model, instance, values, result, label):
    """Create the record, or change the fields whose values differ; note what was done."""
    if instance is None:
        instance = model.objects.create(**values)
        result.created.append(f"{label} {values['code']}")
        return instance
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if not changed:
        result.unchanged += 1
        return instance
    for name in changed:
        setattr(instance, name, values[name])
    instance.save(update_fields=changed)
    result.updated.append(f"{label} {values['code']}: {', '.join(changed)}")
    return instance

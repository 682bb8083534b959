"""Reading a spreadsheet of jobs: a CSV or XLSX file, one job per row below a header row.

A CSV file is UTF-8, with or without a byte-order mark, or GB18030, which Excel in China writes
when one saves "CSV (comma delimited)". An XLSX file is read from its first sheet. The header
names the columns in Chinese or English (`COLUMNS`), in any order; every column must be there.

Whatever is wrong with the file as a whole (not a spreadsheet, too big, empty, wrong header,
formulas, merged cells) raises a ValidationError whose message the staff member can act on;
nothing else escapes, because the file comes from outside. What is wrong in a row is for
`checking` to say.
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 1000
# An XLSX file is a zip archive: a small file can unpack to gigabytes, which openpyxl would hold
# in memory. A thousand rows of text fit in far less than this.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
OLD_EXCEL_SIGNATURE = b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True)
class Column:
    """A column of the file: the form field it fills and its header in English and Chinese."""

    field: str
    english: str
    chinese: str


COLUMNS = (
    Column("credit_code", "employer credit code", "统一社会信用代码"),
    Column("employer_name", "employer name", "用人单位名称"),
    Column("contact_person", "contact person", "联系人"),
    Column("phone", "phone", "联系电话"),
    Column("employer_township", "employer township code", "单位所在乡镇代码"),
    Column("address", "address", "单位地址"),
    Column("title", "title", "岗位名称"),
    Column("occupation", "occupation code", "职业代码"),
    Column("skill_required", "qualification", "资格要求"),
    Column("headcount", "headcount", "招聘人数"),
    Column("wage_min", "wage min", "最低工资"),
    Column("wage_max", "wage max", "最高工资"),
    Column("wage_unit", "wage unit", "计薪方式"),
    Column("township", "workplace township code", "工作地点乡镇代码"),
    Column("accommodation", "accommodation", "是否提供住宿"),
    Column("meals", "meals", "是否提供餐食"),
    Column("language_required", "language", "工作语言"),
    Column("working_hours", "working hours", "工作时间"),
    Column("contract_type", "contract type", "合同类型"),
    Column("start_date", "start date", "开始工作日期"),
    Column("closing_date", "closing date", "报名截止日期"),
    Column("description", "description", "岗位描述"),
    Column("how_to_apply", "how to apply", "报名方式"),
)


def header_key(text):
    """A header as compared: case, spaces, underscores and a required-field star do not
    matter, so "Employer_Credit_Code" and "统一社会信用代码*" are recognised."""
    return re.sub(r"[\s_*:：]+", "", str(text)).casefold()


HEADERS = {
    header_key(name): column
    for column in COLUMNS
    for name in (column.field, column.english, column.chinese)
}


@dataclass
class Row:
    """A row of the file: its number as the spreadsheet shows it (the header is row 1), its
    cells by form field, and whether it has cells to the right of the header's columns."""

    number: int
    values: dict
    overflows: bool = False


@dataclass
class Sheet:
    headers: dict  # form field -> the header as written in the file
    rows: list


def read(name, data):
    """The Sheet in the uploaded file `name` whose content is the bytes `data`."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(megabytes)s MB: split it into smaller files."),
            code="too_big",
            params={"megabytes": MAX_BYTES // (1024 * 1024)},
        )
    if not data.strip():
        raise ValidationError(_("The file is empty."), code="empty")
    if data.startswith(OLD_EXCEL_SIGNATURE):
        raise ValidationError(
            _("This is an old Excel file (.xls): save it as .xlsx or as CSV and upload it again."),
            code="old_excel",
        )
    if data.startswith(ZIP_SIGNATURE):
        table = xlsx_cells(data)
    elif name.lower().endswith((".csv", ".txt")):
        table = csv_cells(data)
    else:
        raise ValidationError(NOT_A_SPREADSHEET, code="not_a_spreadsheet")
    return sheet_of(table)


NOT_A_SPREADSHEET = _("This is not a spreadsheet: upload a .csv or .xlsx file.")


def csv_cells(data):
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(
            _("The file is neither UTF-8 nor GB18030 text: save it again as CSV and upload it."),
            code="encoding",
        )
    if "\x00" in text:  # a binary file that happens to decode
        raise ValidationError(NOT_A_SPREADSHEET, code="not_a_spreadsheet")
    try:
        # A record may span lines (a description with line breaks): it is still one row, as
        # the spreadsheet shows it.
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ValidationError(
            _("The CSV file cannot be read: %(problem)s."),
            code="csv",
            params={"problem": str(error)},
        ) from error


def xlsx_cells(data):
    # Imported here: openpyxl is slow to import and only needed for XLSX files.
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ValidationError(NOT_A_SPREADSHEET, code="not_a_spreadsheet") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(
            _("The spreadsheet holds too much data: keep only the jobs in it."), code="too_big"
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except Exception as error:  # openpyxl raises many kinds of error on a damaged file
        raise ValidationError(
            _("The file cannot be opened as an Excel workbook (.xlsx)."), code="not_a_workbook"
        ) from error
    sheet = workbook.worksheets[0]
    if sheet.merged_cells.ranges:
        raise ValidationError(
            _("The sheet has merged cells (%(cells)s): unmerge them, one value per cell."),
            code="merged",
            params={
                "cells": ", ".join(sorted(str(cells) for cells in sheet.merged_cells.ranges)[:5])
            },
        )
    table = []
    for cells in sheet.iter_rows():
        formulas = [cell.coordinate for cell in cells if cell.data_type == "f"]
        if formulas:
            raise ValidationError(
                _(
                    "Cell %(cell)s holds a formula: copy the sheet and paste it as values only, "
                    "then upload it again."
                ),
                code="formula",
                params={"cell": formulas[0]},
            )
        table.append([text_of(cell.value) for cell in cells])
    return table


def text_of(value):
    """A cell's value as the text a staff member would have typed in a CSV file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def sheet_of(table):
    """The header and the non-blank rows of `table` (lists of text, the header first)."""
    numbered = [(number, cells) for number, cells in enumerate(table, start=1) if any_text(cells)]
    if not numbered:
        raise ValidationError(_("The file is empty."), code="empty")
    header_number, header = numbered[0]
    if header_number != 1:
        raise ValidationError(
            _("The first row must be the header row with the names of the columns."),
            code="header_row",
        )
    headers = check_header(header)
    rows = numbered[1:]
    if not rows:
        raise ValidationError(_("The file has no jobs below its header row."), code="no_rows")
    if len(rows) > MAX_ROWS:
        raise ValidationError(
            _("The file has %(count)s jobs; import at most %(limit)s at a time."),
            code="too_many_rows",
            params={"count": len(rows), "limit": MAX_ROWS},
        )
    fields = [column.field if column else None for column in headers]
    return Sheet(
        headers={column.field: header[i].strip() for i, column in enumerate(headers) if column},
        rows=[row_of(number, cells, fields) for number, cells in rows],
    )


def row_of(number, cells, fields):
    # A row may be shorter than the header (trailing empty cells are not saved in CSV).
    values = {name: cell.strip() for name, cell in zip(fields, cells, strict=False) if name}
    return Row(number=number, values=values, overflows=any_text(cells[len(fields) :]))


def any_text(cells):
    return any(cell.strip() for cell in cells)


def check_header(header):
    """The Column of each header cell (None for empty trailing cells), or a ValidationError
    listing every unknown, repeated and missing column."""
    while header and not header[-1].strip():
        header = header[:-1]
    columns, problems = [], []
    for text in header:
        column = HEADERS.get(header_key(text))
        if column is None:
            problems.append(
                ValidationError(
                    _("Unknown column “%(header)s”."),
                    code="unknown_column",
                    params={"header": text.strip()},
                )
            )
        elif column in columns:
            problems.append(
                ValidationError(
                    _("The column “%(header)s” appears twice."),
                    code="repeated_column",
                    params={"header": text.strip()},
                )
            )
        columns.append(column)
    missing = [f"{col.chinese} ({col.english})" for col in COLUMNS if col not in columns]
    if missing:
        problems.append(
            ValidationError(
                _("Missing columns: %(columns)s. Start from the template."),
                code="missing_columns",
                params={"columns": ", ".join(missing)},
            )
        )
    if problems:
        raise ValidationError(problems)
    return columns

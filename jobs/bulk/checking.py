"""Checking every row of a spreadsheet of jobs with the rules of the public intake form.

Each row fills a `RowForm`: the public JobIntakeForm with townships and occupations given by
their codes, so a row passes exactly when the same job typed into the public form would. What a
form cannot take as typed in a spreadsheet is translated first: yes/no for the two check boxes,
and the wording of a choice (the stored value, or its label in Chinese, English or Tibetan).
"""

import re
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from jobs.bulk.parsing import COLUMNS
from jobs.intake.forms import JobIntakeForm

UNKNOWN_TOWNSHIP = _(
    "No township has the code “%(value)s”: the codes are listed on the import page."
)
BY_CODE = {
    "occupation": _(
        "No occupation has the code “%(value)s”: use the code of an occupation of the national "
        "classification, listed on the import page."
    ),
    "township": UNKNOWN_TOWNSHIP,
    "employer_township": UNKNOWN_TOWNSHIP,
}
BOOLEANS = ("accommodation", "meals")
YES = {"是", "有", "提供", "包", "yes", "y", "true", "1", "ཡིན།", "ཡིན"}
NO = {"否", "无", "不提供", "不包", "no", "n", "false", "0", "མིན།", "མིན", ""}
CHOICES = ("skill_required", "wage_unit", "language_required", "contract_type")
LANGUAGES = ("en", "zh-hans", "bo")
CHOICE_LABELS = {name: JobIntakeForm.base_fields[name].choices for name in CHOICES}


class RowForm(JobIntakeForm):
    """The public form, reading townships and occupations by code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in BY_CODE.items():
            self.fields[name].to_field_name = "code"
            self.fields[name].error_messages["invalid_choice"] = message

    def make_helper(self):
        return None  # nothing is rendered: a report lists the problems


def choice_key(text):
    return re.sub(r"\s+", "", str(text)).casefold()


def choice_words(form):
    """{field: {wording: value}}: each choice by its value and by its label (and the parts of
    a label such as "Level 4: intermediate") in every language of the portal."""
    words = {}
    for name in CHOICES:
        known = {}
        for value, label in form.fields[name].choices:
            known[choice_key(value)] = value
            for language in LANGUAGES:
                with translation.override(language):
                    text = str(label)
                known.setdefault(choice_key(text), value)
                for part in re.split(r"[/:：]", text):
                    known.setdefault(choice_key(part), value)
        known.pop("", None)
        words[name] = known
    return words


@dataclass
class Problem:
    column: str  # the header as written in the file, or "" for the row as a whole
    message: str


@dataclass
class CheckedRow:
    number: int
    data: dict | None = None  # the form's cleaned data, when the row is good
    problems: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems


@dataclass
class Report:
    rows: list

    @property
    def valid(self):
        return [row for row in self.rows if row.ok]

    @property
    def invalid(self):
        return [row for row in self.rows if not row.ok]


def check(sheet):
    """The Report of every row of `sheet`; messages are in the active language."""
    words = choice_words(RowForm())
    return Report([check_row(row, sheet.headers, words) for row in sheet.rows])


def check_row(row, headers, words):
    data, own = {"website": ""}, {}
    for column in COLUMNS:
        value = row.values.get(column.field, "")
        if column.field in BOOLEANS:
            word = choice_key(value)
            if word in YES:
                data[column.field] = "on"
            elif word not in NO:
                own[column.field] = _("Write 是 or 否 (yes or no).")
        elif column.field in CHOICES and value:
            chosen = words[column.field].get(choice_key(value))
            if chosen is None:
                labels = [str(label) for _value, label in CHOICE_LABELS[column.field]]
                own[column.field] = _("“%(value)s” is not one of: %(choices)s.") % {
                    "value": value,
                    "choices": "; ".join(labels),
                }
            else:
                data[column.field] = chosen
        else:
            data[column.field] = value

    form = RowForm(data)
    form.is_valid()
    problems = [Problem("", str(message)) for message in form.non_field_errors()]
    for column in COLUMNS:
        messages = [own[column.field]] if column.field in own else form.errors.get(column.field)
        for message in messages or ():
            problems.append(Problem(headers[column.field], str(message)))
    if row.overflows:
        problems.append(Problem("", str(_("This row has cells to the right of the last column."))))
    if problems:
        return CheckedRow(row.number, problems=problems)
    return CheckedRow(row.number, data=form.cleaned_data)

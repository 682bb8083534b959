"""The public job-intake form (clause 6.3.1): who the employer is and what the job is.

A plain form rather than model forms: an employer already on file is reused, never changed, so
its credit code must not fail as "already taken" (jobs/intake/submission.py). Every message is
the portal's own, so that it is shown in Tibetan on /bo/ (Django has no Tibetan catalogue).
"""

import datetime

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Div, Fieldset, Layout, Row, Submit
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from jobs.choices import ContractType, LanguageRequired, SkillRequired, WageUnit
from jobs.credit_code import normalise, validate_credit_code
from jobs.intake.fields import OccupationChoiceField
from jobs.models.employers import validate_phone
from portal.dates import lhasa_today
from portal.forms import HONEYPOT, HoneypotMixin, PlainTextField
from regions.forms import TownshipChoiceField

# How far ahead a closing date may lie: a posting is meant to be current (6.3.1 asks for jobs to
# be published regularly), and a far date is usually a typing mistake.
MAX_DAYS_OPEN = 180
# A start date more than a year ahead is a typing mistake too.
MAX_DAYS_TO_START = 366
MAX_WAGE = 1_000_000
MAX_HEADCOUNT = 999

TOO_LONG = _("Use at most %(limit_value)d characters; this has %(show_value)d.")
WHOLE_NUMBER = _("Enter a whole number in digits, such as 4500.")
CHOOSE = _("Choose one of the options in the list.")
DATE = _("Enter a date as year-month-day, such as 2026-07-01.")


def errors(required, **more):
    return {"required": required, "max_length": TOO_LONG, "invalid_choice": CHOOSE, **more}


def number_errors(required):
    return errors(
        required,
        invalid=WHOLE_NUMBER,
        min_value=_("Enter a number of at least %(limit_value)s."),
        max_value=_("Enter a number of at most %(limit_value)s."),
    )


def township_field(label, required_message):
    return TownshipChoiceField(
        label=label, empty_label=_("Choose a township"), error_messages=errors(required_message)
    )


def occupation_field():
    return OccupationChoiceField(
        label=_("Occupation"),
        empty_label=_("Choose an occupation"),
        help_text=_("The occupation of the national classification that fits the job best."),
        error_messages=errors(_("Choose an occupation.")),
    )


def choice_field(choices, label, initial, required_message):
    return forms.ChoiceField(
        label=label, choices=choices, initial=initial, error_messages=errors(required_message)
    )


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class JobIntakeForm(HoneypotMixin, forms.Form):
    # -- the employer ----------------------------------------------------------------------------
    employer_name = PlainTextField(
        label=_("Name of the employer"),
        max_length=200,
        help_text=_("As written on the business licence."),
        error_messages=errors(_("Enter the name of the employer.")),
    )
    credit_code = PlainTextField(
        label=_("Unified social credit code"),
        max_length=40,
        help_text=_("The 18 letters and digits on the business licence; spaces do not matter."),
        error_messages=errors(_("Enter the unified social credit code.")),
    )
    contact_person = PlainTextField(
        label=_("Contact person"),
        max_length=60,
        error_messages=errors(_("Enter the name of the person we can call about this job.")),
    )
    phone = PlainTextField(
        label=_("Telephone"),
        max_length=30,
        validators=[validate_phone],
        help_text=_("A mobile number of 11 digits, or a landline with its area code (0891-…)."),
        error_messages=errors(_("Enter a telephone number.")),
    )
    employer_township = township_field(
        _("Township or subdistrict of the employer"),
        _("Choose the township or subdistrict of the employer."),
    )
    address = PlainTextField(
        label=_("Street address"),
        max_length=200,
        help_text=_("Street and number, or the village."),
        error_messages=errors(_("Enter the address of the employer.")),
    )

    # -- the job ---------------------------------------------------------------------------------
    title = PlainTextField(
        label=_("Job title"),
        max_length=120,
        help_text=_("Short and plain, such as “Electrician for a building site”."),
        error_messages=errors(_("Enter a job title.")),
    )
    occupation = occupation_field()
    skill_required = choice_field(
        SkillRequired.choices,
        _("Qualification required"),
        SkillRequired.NONE,
        _("Choose the qualification required."),
    )
    headcount = forms.IntegerField(
        label=_("Number of workers wanted"),
        min_value=1,
        max_value=MAX_HEADCOUNT,
        initial=1,
        error_messages=number_errors(_("Enter how many workers you want.")),
    )
    wage_min = forms.IntegerField(
        label=_("Lowest wage (yuan)"),
        min_value=1,
        max_value=MAX_WAGE,
        error_messages=number_errors(_("Enter the lowest wage.")),
    )
    wage_max = forms.IntegerField(
        label=_("Highest wage (yuan)"),
        min_value=1,
        max_value=MAX_WAGE,
        help_text=_("The same as the lowest wage if the wage is fixed."),
        error_messages=number_errors(_("Enter the highest wage.")),
    )
    wage_unit = choice_field(
        WageUnit.choices, _("Wage paid"), WageUnit.MONTH, _("Choose how the wage is paid.")
    )
    township = township_field(
        _("Workplace: township or subdistrict"),
        _("Choose the township or subdistrict of the workplace."),
    )
    accommodation = forms.BooleanField(label=_("Accommodation provided"), required=False)
    meals = forms.BooleanField(label=_("Meals provided"), required=False)
    language_required = choice_field(
        LanguageRequired.choices,
        _("Language at work"),
        LanguageRequired.EITHER,
        _("Choose the language spoken at work."),
    )
    working_hours = PlainTextField(
        label=_("Working hours"),
        max_length=200,
        help_text=_("Such as “9:00–18:00, one day off a week”."),
        error_messages=errors(_("Enter the working hours.")),
    )
    contract_type = choice_field(
        ContractType.choices, _("Contract"), ContractType.FIXED_TERM, _("Choose the contract.")
    )
    start_date = forms.DateField(
        label=_("Start date"),
        required=False,
        widget=date_input(),
        help_text=_("Optional: the day the work starts."),
        error_messages={"invalid": DATE},
    )
    closing_date = forms.DateField(
        label=_("Closing date"),
        widget=date_input(),
        help_text=_("The last day on which workers can apply, at most 180 days from today."),
        error_messages={"required": _("Enter the closing date."), "invalid": DATE},
    )
    description = PlainTextField(
        label=_("About the work"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What the work is, what the worker needs to know or bring. Leave an empty line "
            "between paragraphs."
        ),
        error_messages=errors(_("Describe the work.")),
    )
    how_to_apply = PlainTextField(
        label=_("How to apply"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Whom to call, or where and when to come."),
        error_messages=errors(_("Say how workers can apply.")),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = lhasa_today()
        self.today = today
        self.fields["closing_date"].widget.attrs.update(
            min=today.isoformat(),
            max=(today + datetime.timedelta(days=MAX_DAYS_OPEN)).isoformat(),
        )
        self.fields["start_date"].widget.attrs["min"] = today.isoformat()
        self.helper = self.make_helper()

    def make_helper(self):
        helper = FormHelper()
        helper.form_method = "post"
        # The portal's own messages are shown, in the reader's language, not the browser's.
        helper.attrs = {"novalidate": ""}
        helper.layout = Layout(
            Fieldset(
                _("The employer"),
                "employer_name",
                "credit_code",
                Row(Column("contact_person"), Column("phone")),
                "employer_township",
                "address",
            ),
            Fieldset(
                _("The job"),
                "title",
                "occupation",
                "skill_required",
                "headcount",
                Row(Column("wage_min"), Column("wage_max"), Column("wage_unit")),
                "township",
                "accommodation",
                "meals",
                "language_required",
                "working_hours",
                "contract_type",
                Row(Column("start_date"), Column("closing_date")),
                "description",
                "how_to_apply",
            ),
            Div(HONEYPOT, hidden=""),
            Submit("submit", _("Send the job for review")),
        )
        return helper

    def clean_credit_code(self):
        code = normalise(self.cleaned_data["credit_code"])
        validate_credit_code(code)
        return code

    def clean_closing_date(self):
        closing = self.cleaned_data["closing_date"]
        if closing < self.today:
            raise ValidationError(_("The closing date cannot be in the past."), code="closing_past")
        if closing > self.today + datetime.timedelta(days=MAX_DAYS_OPEN):
            raise ValidationError(
                _("The closing date can be at most %(days)s days from today."),
                code="closing_far",
                params={"days": MAX_DAYS_OPEN},
            )
        return closing

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        if start is None:
            return start
        if start < self.today:
            raise ValidationError(_("The start date cannot be in the past."), code="start_past")
        if start > self.today + datetime.timedelta(days=MAX_DAYS_TO_START):
            raise ValidationError(
                _("The start date can be at most a year from today."), code="start_far"
            )
        return start

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("wage_min"), cleaned.get("wage_max")
        if low is not None and high is not None and high < low:
            self.add_error(
                "wage_max",
                ValidationError(
                    _("The highest wage cannot be lower than the lowest wage."), code="wage_order"
                ),
            )
        return cleaned

"""The survey form (clause 7.2): a 1–10 choice for each item and an optional comment.

Every message is the portal's own, so that it reads in Tibetan on /bo/.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import HoneypotMixin, PlainTextField
from quality.questionnaire import HIGHEST, ITEMS, LOWEST, VARIABLES

SCALE = [(number, str(number)) for number in range(LOWEST, HIGHEST + 1)]
CHOOSE = _("Choose a number from 1 to 10.")


class SurveyForm(HoneypotMixin, forms.Form):
    comment = PlainTextField(
        label=_("Anything else you would like to tell us? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Use at most %(limit_value)d characters; this has %(show_value)d.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for item in ITEMS:
            self.fields[item.field] = forms.TypedChoiceField(
                label=item.question,
                choices=SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
            )

    def sections(self):
        """The variables in order, each with its bound fields and their scale's ends."""
        return [
            {
                "label": variable.label,
                "items": [(self[item.field], item.low, item.high) for item in variable.items],
            }
            for variable in VARIABLES
        ]

    def scores(self):
        return {item.field: self.cleaned_data[item.field] for item in ITEMS}

"""What every public form of the portal shares: plain text without control characters, a
Chinese mobile number field, and the honeypot that software fills in and people never see."""

import re

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from portal.phones import normalised_mobile

# Control characters other than tab and line breaks: never meant, and some break HTML and XML.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HONEYPOT = "website"


class PlainTextField(forms.CharField):
    """Text as people type it, without invisible control characters (pasted or hostile)."""

    def to_python(self, value):
        value = super().to_python(value)
        return CONTROL_CHARACTERS.sub("", value) if value else value


class MobileField(forms.CharField):
    """A Chinese mobile number, however written; cleaned to its 11 digits."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)
        self.widget.attrs.update(inputmode="tel", autocomplete="tel")

    def clean(self, value):
        value = super().clean(value)
        return normalised_mobile(value) if value else value


class HoneypotMixin:
    """Adds the `website` field, hidden by the form's layout (`Div(HONEYPOT, hidden="")`): a
    submission that fills it in is refused, and `filled_by_software()` tells the view to
    count it against the sender's rate limit all the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise ValidationError(
                _("This submission could not be accepted. Please contact the service centre."),
                code="honeypot",
            )
        return cleaned

    def filled_by_software(self):
        return self.has_error(NON_FIELD_ERRORS, code="honeypot")

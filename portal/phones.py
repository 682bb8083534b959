"""Chinese mobile numbers: 11 digits starting 13–19, written with or without +86, spaces or
dashes. Workers are reached by SMS, so a record's phone is a mobile number."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MOBILE = re.compile(r"1[3-9]\d{9}")


def normalised_mobile(value):
    """The 11 digits of a mobile number, or ValidationError."""
    digits = re.sub(r"[\s\-()]", "", value or "")
    digits = re.sub(r"^(\+86|0086|86)(?=1\d{10}$)", "", digits)
    if not MOBILE.fullmatch(digits):
        raise ValidationError(
            _("Enter a mobile number of 11 digits starting with 1, e.g. 139 0891 2345."),
            code="mobile",
        )
    return digits

"""The unified social credit code (统一社会信用代码, GB 32100-2015) of an employer.

Eighteen characters from 31 (digits and capitals without I, O, S, V, Z): the registering
authority, the kind of organisation, the six-digit administrative division, the nine-character
organisation code (GB 11714, with its own check character) and a final check character. Both
check characters are verified, so a mistyped code is caught at the form.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, position, 31) for position in range(17)]
ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
SHAPE = re.compile(rf"[{ALPHABET}]{{2}}[0-9]{{6}}[0-9A-Z]{{8}}[0-9X][{ALPHABET}]")


def normalise(value):
    """What people type, as the code is written: no spaces, capitals."""
    return re.sub(r"[\s-]", "", value or "").upper()


def check_character(code17):
    total = sum(ALPHABET.index(char) * weight for char, weight in zip(code17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def organisation_check_character(code8):
    def value(char):
        return int(char) if char.isdigit() else ord(char) - ord("A") + 10

    remainder = (
        11 - sum(value(c) * w for c, w in zip(code8, ORGANISATION_WEIGHTS, strict=True)) % 11
    )
    return {10: "X", 11: "0"}.get(remainder, str(remainder))


def is_valid(code):
    code = normalise(code)
    return (
        bool(SHAPE.fullmatch(code))
        and organisation_check_character(code[8:16]) == code[16]
        and check_character(code[:17]) == code[17]
    )


def validate_credit_code(value):
    code = normalise(value)
    if len(code) != 18:
        raise ValidationError(
            _("A unified social credit code has 18 characters; this one has %(length)s."),
            code="length",
            params={"length": len(code)},
        )
    if not is_valid(code):
        raise ValidationError(
            _("This unified social credit code is not valid: check it against the licence."),
            code="check_digit",
        )

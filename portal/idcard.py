"""The resident identity card number (GB 11643-1999): 6 digits of the place of registration,
the birth date, a 3-digit sequence whose last digit is odd for men and even for women, and a
check character computed from the other 17 (ISO 7064 MOD 11-2)."""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK_CHARACTERS = "10X98765432"
SHAPE = re.compile(r"\d{17}[\dX]")


@dataclass(frozen=True)
class IdNumber:
    number: str
    birth_date: datetime.date
    male: bool


def check_character(first_17):
    return CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first_17, WEIGHTS, strict=True)) % 11]


def normalised(value):
    """The number without spaces, with a capital X: as it is stored and hashed."""
    return re.sub(r"\s", "", value or "").upper()


def parse_id_number(value):
    """The IdNumber of `value`, or ValidationError saying what is wrong with it."""
    number = normalised(value)
    if not SHAPE.fullmatch(number):
        raise ValidationError(
            _("An ID number has 18 characters: 17 digits, then a digit or X."), code="shape"
        )
    try:
        birth_date = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth_date = None
    if birth_date is None or not datetime.date(1900, 1, 1) <= birth_date <= datetime.date.today():
        raise ValidationError(
            _("The birth date inside this ID number is not a real date."), code="birth_date"
        )
    if check_character(number[:17]) != number[17]:
        raise ValidationError(
            _("This ID number's last character does not match: please check every digit."),
            code="check_digit",
        )
    return IdNumber(number=number, birth_date=birth_date, male=int(number[16]) % 2 == 1)

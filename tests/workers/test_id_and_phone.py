"""The resident ID number's check digit (GB 11643) and Chinese mobile numbers."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from portal.idcard import check_character, parse_id_number
from portal.phones import normalised_mobile
from tests.workers.conftest import id_number


def test_a_published_sample_number_checks():
    # The worked example of GB 11643-1999: 11010519491231002X.
    parsed = parse_id_number("11010519491231002x")
    assert parsed.number == "11010519491231002X"
    assert parsed.birth_date == datetime.date(1949, 12, 31)
    assert parsed.male is False


def test_the_sequence_gives_the_gender():
    assert parse_id_number(id_number(sequence="123")).male is True
    assert parse_id_number(id_number(sequence="124")).male is False


@pytest.mark.parametrize("position", range(17))
def test_changing_any_digit_breaks_the_check(position):
    number = id_number()
    digit = str((int(number[position]) + 1) % 10)
    changed = number[:position] + digit + number[position + 1 :]
    if position in range(6, 14):  # a changed birth date may not be a date at all
        with pytest.raises(ValidationError):
            parse_id_number(changed)
        return
    with pytest.raises(ValidationError) as refused:
        parse_id_number(changed)
    assert refused.value.code == "check_digit"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "shape"),
        ("54010219950312123", "shape"),
        ("5401021995031212345", "shape"),
        ("54010219950312123Y", "shape"),
        ("540102199502301231", "birth_date"),
        ("540102209901011231", "birth_date"),
    ],
)
def test_malformed_numbers_say_what_is_wrong(value, code):
    with pytest.raises(ValidationError) as refused:
        parse_id_number(value)
    assert refused.value.code == code


def test_check_character_ten_is_x():
    assert check_character("11010519491231002") == "X"


@pytest.mark.parametrize(
    "value", ["13908912345", "139 0891 2345", "139-0891-2345", "+86 13908912345", "8613908912345"]
)
def test_mobile_numbers_are_read_however_written(value):
    assert normalised_mobile(value) == "13908912345"


@pytest.mark.parametrize("value", ["", "12908912345", "1390891234", "0891-6000000", "139089123456"])
def test_other_numbers_are_not_mobile_numbers(value):
    with pytest.raises(ValidationError):
        normalised_mobile(value)

"""The unified social credit code of an employer (GB 32100-2015) is checked by both its check
characters, so a mistyped code is caught when a job is collected (clause 6.3.1)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from jobs.credit_code import (
    ALPHABET,
    check_character,
    is_valid,
    normalise,
    organisation_check_character,
    validate_credit_code,
)
from tests.jobs.conftest import EMPLOYER_CODE

REAL = ["91350100M000100Y43", "91110000802100433B", EMPLOYER_CODE]


def error_of(code):
    with pytest.raises(ValidationError) as caught:
        validate_credit_code(code)
    return caught.value


@pytest.mark.parametrize("code", REAL)
def test_valid_codes_pass(code):
    """6.3.1: codes from real business licences are accepted."""
    assert is_valid(code)
    validate_credit_code(code)


@pytest.mark.parametrize("code", REAL)
def test_any_single_changed_character_is_caught(code):
    """6.3.1: every one-character typing mistake, anywhere in the code, fails the check."""
    for position, original in enumerate(code):
        for replacement in ALPHABET:
            if replacement != original:
                mistyped = code[:position] + replacement + code[position + 1 :]
                assert not is_valid(mistyped), mistyped


def test_a_wrong_check_character_fails_with_the_check_message():
    error = error_of("91350100M000100Y44")
    assert error.code == "check_digit"


@pytest.mark.parametrize("code", ["91350100M000100Y4", "91350100M000100Y433", ""])
def test_a_code_of_the_wrong_length_names_its_length(code):
    error = error_of(code)
    assert error.code == "length"
    assert error.params == {"length": len(code)}


def test_lower_case_spaces_and_hyphens_are_normalised():
    """Codes are typed as people read them from the licence."""
    typed = " 9135 0100-m000 100y43 "
    assert normalise(typed) == "91350100M000100Y43"
    assert is_valid(typed)
    validate_credit_code(typed)


def test_the_organisation_code_has_its_own_check_character():
    """Characters 9 to 17 are the GB 11714 organisation code: 80210043-3, M000100Y-4; a
    remainder of 10 is written X and of 11 is written 0."""
    assert organisation_check_character("80210043") == "3"
    assert organisation_check_character("M000100Y") == "4"
    assert organisation_check_character("10000018") == "X"
    assert organisation_check_character("10000004") == "0"


def test_a_wrong_organisation_check_character_fails_even_with_a_right_final_one():
    code17 = "91110000802100434"  # the organisation code's check character should be 3
    code = code17 + check_character(code17)
    assert not is_valid(code)
    assert error_of(code).code == "check_digit"


@pytest.mark.parametrize(
    ("language", "length_message", "check_message"),
    [
        (
            "zh-hans",
            "统一社会信用代码应为18位，当前为17位。",
            "统一社会信用代码无效，请与营业执照核对。",
        ),
        (
            "bo",
            "སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་གཅིག་གྱུར་ལ་ཡིག་འབྲུ་ 18 ཡོད་དགོས། འདི་ལ་ 17 ཡོད།",
            "སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་གཅིག་གྱུར་འདི་ནོར་འདུག ཚོང་ལས་ཆོག་མཆན་དང་བསྡུར་ཞིབ་གནང་རོགས།",
        ),
    ],
    ids=["zh-hans", "bo"],
)
def test_the_messages_are_in_both_languages(language, length_message, check_message):
    with translation.override(language):
        length_error = error_of("91350100M000100Y4")
        assert length_error.messages == [length_message]
        assert error_of("91350100M000100Y44").messages == [check_message]

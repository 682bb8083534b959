"""The reference number a complainant quotes: eight characters, read out over the phone and
copied from an SMS, so without the look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G) and not a
sequence, so that one reference says nothing about the number or timing of the others.
Shown as XXXX-XXXX; typed in any case, with or without the dash or spaces."""

import re
import secrets

ALPHABET = "ACDEFHJKMNPQRTUVWXY3479"
LENGTH = 8
SHAPE = re.compile(f"[{ALPHABET}]{{{LENGTH}}}")


def new_reference():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def shown(reference):
    return f"{reference[:4]}-{reference[4:]}" if reference else ""


def normalised_reference(text):
    """The stored form of a typed reference, or "" when it cannot be one."""
    value = re.sub(r"[\s\-]", "", text or "").upper()
    return value if SHAPE.fullmatch(value) else ""

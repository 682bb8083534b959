"""Fixtures of the region tests: the shipped townships, as migration 0002 loads them."""

import pytest

from regions.models import Township


@pytest.fixture
def townships(db):
    """Every township by code, with its area."""
    return {township.code: township for township in Township.objects.select_related("area")}

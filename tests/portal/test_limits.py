"""Rate limits of the public forms (portal/limits.py): per kind and subject, per clock hour,
and no phone number in a cache key."""

from portal.limits import HOUR, HourlyLimit, phone_subject

NOW = 1_800_000_000.0  # some moment; the hour boundaries are multiples of 3600


def test_a_subject_is_stopped_after_its_allowance_until_the_next_hour():
    limit = HourlyLimit("complaint", "10.0.0.1", 2, now=NOW)
    for _ in range(2):
        assert not limit.reached()
        limit.count()
    assert limit.reached()
    assert not HourlyLimit("complaint", "10.0.0.2", 2, now=NOW).reached()
    assert not HourlyLimit("booking", "10.0.0.1", 2, now=NOW).reached()
    next_hour = NOW - NOW % HOUR + HOUR
    assert not HourlyLimit("complaint", "10.0.0.1", 2, now=next_hour).reached()
    assert limit.seconds_left == HOUR - int(NOW % HOUR)


def test_a_phone_is_counted_by_its_keyed_hash():
    limit = HourlyLimit("complaint", phone_subject("13908912345"), 1, now=NOW)
    limit.count()
    assert "13908912345" not in limit.key and "08912345" not in limit.key
    assert HourlyLimit("complaint", phone_subject("13908912345"), 1, now=NOW).reached()

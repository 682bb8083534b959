"""Rate limits for the public forms: at most so many submissions of one kind from one subject
(a client address, a phone number's lookup hash) in a clock hour. Counted in the cache, which
Redis shares between processes in production.

The address is REMOTE_ADDR: behind a reverse proxy, the proxy must pass the client's address
there, or every client shares the proxy's count. A phone number is counted by its keyed hash,
so no cache key holds personal data.
"""

import time

from django.core.cache import cache

from portal.crypto import lookup_hash

HOUR = 3600


def address_of(request):
    return request.META.get("REMOTE_ADDR", "")


def phone_subject(mobile):
    return lookup_hash("phone", mobile)


class HourlyLimit:
    def __init__(self, kind, subject, per_hour, now=None):
        now = time.time() if now is None else now
        self.per_hour = per_hour
        self.seconds_left = HOUR - int(now % HOUR)
        self.key = f"limit:{kind}:{subject}:{int(now // HOUR)}"

    def reached(self):
        return cache.get(self.key, 0) >= self.per_hour

    def count(self):
        # add() then incr() is atomic on Redis: two requests at once are both counted.
        cache.add(self.key, 0, HOUR)
        try:
            cache.incr(self.key)
        except ValueError:  # expired between the two calls
            cache.set(self.key, 1, HOUR)

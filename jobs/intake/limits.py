"""At most JOB_INTAKE_PER_HOUR submissions from one address in a clock hour (5 by default), so
that no one can bury the reviewers under postings. Counted in the cache, which Redis shares
between processes in production.

The address is REMOTE_ADDR: behind a reverse proxy, the proxy must pass the client's address
there, or every client shares the proxy's count.
"""

import time

from django.conf import settings
from django.core.cache import cache

HOUR = 3600


def per_hour():
    return settings.JOB_INTAKE_PER_HOUR


class SubmissionLimit:
    def __init__(self, request, now=None):
        now = time.time() if now is None else now
        hour = int(now // HOUR)
        self.seconds_left = HOUR - int(now % HOUR)
        address = request.META.get("REMOTE_ADDR", "")
        self.key = f"job-intake:{address}:{hour}"

    def reached(self):
        return cache.get(self.key, 0) >= per_hour()

    def count(self):
        # add() then incr() is atomic on Redis: two requests at once are both counted.
        cache.add(self.key, 0, HOUR)
        try:
            cache.incr(self.key)
        except ValueError:  # expired between the two calls
            cache.set(self.key, 1, HOUR)

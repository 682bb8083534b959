"""Security headers and staff-session rules that Django does not provide by itself."""

import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY

# How often the idle clock is written back to the session: finer than this only adds writes.
ACTIVITY_RESOLUTION_SECONDS = 60


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header: public pages need no camera, microphone or location."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class StaffSessionIdleMiddleware:
    """Signs a staff member out after STAFF_SESSION_IDLE_SECONDS without a request.

    Staff sessions open workers' personal records, so an unattended signed-in browser at a
    service desk must not stay usable.
    """

    KEY = "last_activity"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if SESSION_KEY in session:
            now = int(time.time())
            last = session.get(self.KEY, now)
            if now - last > settings.STAFF_SESSION_IDLE_SECONDS:
                session.flush()
            elif now - last >= ACTIVITY_RESOLUTION_SECONDS or self.KEY not in session:
                session[self.KEY] = now
        return self.get_response(request)

"""Writing the audit log: from the views of a worker's record (`Audited`), from Wagtail's own
log for actions other apps log themselves ("careerplans.download_pdf"), and directly
(`write`, e.g. for an export)."""

from contextvars import ContextVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.admin.views import generic

from audit.models import Action, AuditEntry

_current_request = ContextVar("audit_request", default=None)


class RequestForAudit:
    """Keeps the request at hand while it is answered, so that an entry written from Wagtail's
    log (which knows only the user) still has the path and the client's address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def client_address(request):
    """REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address the outermost of them
    saw: X-Forwarded-For is written by the client too, so only the proxies' part is trusted."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if proxies and len(hops) >= proxies:
        return hops[-proxies]
    return request.META.get("REMOTE_ADDR") or None


def worker_id_of(instance):
    """The worker whose record `instance` is, or is part of; None for anything else."""
    from workers.models import Worker

    if isinstance(instance, Worker):
        return instance.pk
    # A record's `worker` foreign key, or a row's `worker_id` property (a follow-up's worker
    # is its placement's).
    return getattr(instance, "worker_id", None)


def described(instance):
    return {
        "content_type": ContentType.objects.get_for_model(instance),
        "object_id": str(instance.pk),
        "object_repr": str(instance)[:200],
        "worker_number": worker_id_of(instance),
    }


def write(request, action, instance=None, user=None, logged_as="", **about):
    """One entry: `action` by the request's user on `instance` (or on what `about` says)."""
    from workers.models import Worker

    if instance is not None:
        about = described(instance)
    number = about.get("worker_number")
    user = user if user is not None else getattr(request, "user", None)
    return AuditEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        action=action,
        logged_as=logged_as,
        # A deleted worker is named by number only.
        worker=Worker.objects.filter(pk=number).first() if number else None,
        path=request.path[:500] if request is not None else "",
        client_address=client_address(request) if request is not None else None,
        **about,
    )


class Audited:
    """For the views of one worker's record: each answered request is written to the audit log
    as a view, or as the add, change or delete it made. A refused request raises before it is
    answered, so it writes nothing."""

    audited_as = Action.VIEW

    def dispatch(self, request, *args, **kwargs):
        before = getattr(self, "object", None)
        seen = described(before) if before is not None else None
        response = super().dispatch(request, *args, **kwargs)
        # A new record has an id only now; a deleted one has none any more.
        if self.audited_as != Action.DELETE and getattr(self, "object", None) is not None:
            seen = described(self.object)
        if seen is not None and response.status_code < 400:
            write(request, self.audited_as, **seen)
        return response

    def save_instance(self):
        instance = super().save_instance()
        self.audited_as = Action.CHANGE if isinstance(self, generic.EditView) else Action.ADD
        return instance

    def delete_action(self):
        self.audited_as = Action.DELETE
        return super().delete_action()


def action_of(logged_as):
    """The audit action of an action name in Wagtail's log."""
    for action in (Action.PRINT, Action.DOWNLOAD, Action.EXPORT):
        if action.value in logged_as:
            return action
    return Action.VIEW


def from_wagtail_log(sender, instance, created, **kwargs):
    """Wagtail's log entries of actions other apps define (not Wagtail's own add, edit and
    delete, which `Audited` records with more detail) about a worker's record."""
    if not created or instance.action.startswith("wagtail."):
        return
    model = instance.content_type.model_class() if instance.content_type_id else None
    logged = model._default_manager.filter(pk=instance.object_id).first() if model else None
    if logged is None or worker_id_of(logged) is None:
        return
    write(
        _current_request.get(),
        action_of(instance.action),
        logged,
        user=instance.user,
        logged_as=instance.action,
    )

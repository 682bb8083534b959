"""The permission matrix (issue 6: "a permission matrix per role, tested for every back-office
URL and every role, allowed and denied"; PIPL art. 51).

Every admin URL of the worker archive, of every viewset of records about one worker in the
archive apps (found in Wagtail's viewset registry, so a record app added later is covered
without a change here) and of the audit log, that takes no parameter or only the record's pk,
is requested by each role of staff/roles.py, an anonymous visitor and a superuser, for a worker
of the counsellor's caseload and for one outside it. The result must be what MATRIX below says.
Records of other apps are made with every required field filled (`make`), so a new record
model needs no fixture here. README.md ("Who may do what") shows the same matrix as a table.
"""

import datetime
import decimal
import itertools

import pytest
from django.db import models
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.viewsets import viewsets
from wagtail.models import Page

from staff.roles import (
    ALL_ROLES,
    COMPLAINT_OFFICERS,
    COUNSELLORS,
    EDITORS,
    JOB_REVIEWERS,
    MODERATORS,
    SUPERVISORS,
    TRANSLATORS,
)
from tests.workers.conftest import member_of
from workers.models import Worker

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous visitor"
SUPERUSER = "superuser"

VIEW, ADD, CHANGE, DELETE, EXPORT = "view", "add", "change", "delete", "export"
KEEP = {VIEW, ADD, CHANGE}

# role → area → what the role may do on a worker of its caseload. Areas: "workers" (the
# archive), "records" (every record viewset), "audit" (the audit log).
MATRIX = {
    ANONYMOUS: {},
    EDITORS: {},
    MODERATORS: {},
    TRANSLATORS: {},
    JOB_REVIEWERS: {},
    COMPLAINT_OFFICERS: {},
    COUNSELLORS: {"workers": KEEP | {EXPORT}, "records": KEEP},
    SUPERVISORS: {"workers": KEEP | {DELETE, EXPORT}, "records": KEEP | {DELETE}, "audit": {VIEW}},
    SUPERUSER: {"workers": KEEP | {DELETE, EXPORT}, "records": KEEP | {DELETE}, "audit": {VIEW}},
}
# Outside the caseload only these roles open a worker or a record (a counsellor is refused).
SEE_EVERY_WORKER = {SUPERVISORS, SUPERUSER}

# The apps of the worker archive (DESIGN.md): their viewsets of records about one worker.
ARCHIVE_APPS = {
    "workers",
    "assessments",
    "careerplans",
    "placements",
    "enterprise",
    "jobseeking",
    "training",
}

# What each URL name does; any other name (a record app's own page: a PDF, a comparison) shows.
ACTION_OF_URL_NAME = {"add": ADD, "edit": CHANGE, "delete": DELETE, "export": EXPORT}


def admin_urls():
    """(namespace, url name, takes a pk) of every admin URL, by namespace."""
    found = {}

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif namespace and pattern.name and set(pattern.pattern.regex.groupindex) <= {"pk"}:
                takes_pk = "pk" in pattern.pattern.regex.groupindex
                found.setdefault(namespace, set()).add((pattern.name, takes_pk))

    walk(get_resolver().url_patterns, None)
    return found


def is_record(model):
    field = next((f for f in model._meta.fields if f.name == "worker"), None)
    return field is not None and field.related_model is Worker


def areas():
    """namespace → (area, model) for the archive, every record viewset and the audit log."""
    get_resolver().url_patterns  # noqa: B018 (loading the admin's URLs registers the viewsets)
    found = {"audit": ("audit", None)}
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if not isinstance(model, type):  # some of Wagtail's own name their model as a string
            continue
        if model is Worker:
            found[viewset.url_namespace] = ("workers", Worker)
        elif model._meta.app_label in ARCHIVE_APPS and is_record(model):
            found[viewset.url_namespace] = ("records", model)
    return found


SERIAL = itertools.count(1)


def filler(field, worker, user):
    """A valid value for a required field, so that a record of any app can be made here."""
    if field.choices:
        return field.choices[0][0]
    if isinstance(field, models.ForeignKey):
        if field.related_model is Worker:
            return worker
        if field.related_model is type(user):
            return user
        if is_record(field.related_model):  # e.g. the plan a plan version belongs to
            return make(field.related_model, worker, user)
        limit = field.get_limit_choices_to()
        offered = field.related_model._default_manager.complex_filter(limit).first()
        return offered or make(field.related_model, worker, user, **limit)
    if isinstance(field, models.DateTimeField):
        return datetime.datetime(2026, 11, 2, 10, 0, tzinfo=datetime.UTC)
    if isinstance(field, models.DateField):
        return datetime.date(2026, 11, 2)
    if isinstance(field, models.DecimalField):
        return decimal.Decimal("1")
    if isinstance(field, (models.IntegerField, models.FloatField)):
        return next(SERIAL) if field.unique else 1
    if isinstance(field, models.BooleanField):
        return False
    if isinstance(field, models.JSONField):
        return {}
    text = f"记录{next(SERIAL)}"
    return text[-field.max_length :] if field.max_length else text


def make(model, worker, user, **fixed):
    """An instance of `model` with every required field filled: pages (e.g. a course an
    enrolment names) under the root page, anything else directly."""
    own_fields = model._meta.concrete_fields
    if issubclass(model, Page):
        own_fields = [f for f in own_fields if f.model is not Page and not f.primary_key]
    values = {
        field.name: filler(field, worker, user)
        for field in own_fields
        if not (field.primary_key or field.has_default() or field.null or field.blank)
        or field.name == "worker"
    } | fixed
    if issubclass(model, Page):
        page = model(title="记录", slug=f"record-{model._meta.model_name}", **values)
        return Page.objects.get(depth=1).add_child(instance=page)
    return model._default_manager.create(**values)


@pytest.fixture
def objects(make_worker, counsellor, other_counsellor):
    """namespace → {"mine": pk, "theirs": pk}."""
    mine = make_worker(name="卓玛", counsellor=counsellor)
    theirs = make_worker(name="扎西", phone="13800000000", counsellor=other_counsellor)
    found = {}
    for namespace, (_area, model) in areas().items():
        if model is Worker:
            found[namespace] = {"mine": mine.pk, "theirs": theirs.pk}
        elif model is not None:
            found[namespace] = {
                "mine": make(model, mine, counsellor).pk,
                "theirs": make(model, theirs, other_counsellor).pk,
            }
    return found


def user_of(role, django_user_model, counsellor):
    if role == ANONYMOUS:
        return None
    if role == SUPERUSER:
        return django_user_model.objects.create_superuser("root", "root@example.com", "pw-12345678")
    if role == COUNSELLORS:
        return counsellor
    return member_of(role, "member")


def outcome(client, url):
    """ "allowed", or "denied" when the admin refuses: a redirect to its dashboard or to the
    sign-in page, as Wagtail answers, or a 403/404."""
    response = client.get(url)
    refused = (reverse("wagtailadmin_home"), reverse("wagtailadmin_login"))
    if response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"].split("?")[0] in refused
    ):
        return "denied"
    assert response.status_code in (200, 302), (url, response.status_code)
    return "allowed"


def expected(role, area, action, whose):
    allowed = action in MATRIX[role].get(area, set())
    if whose == "theirs" and role not in SEE_EVERY_WORKER:
        allowed = False
    return "allowed" if allowed else "denied"


def test_the_matrix_names_every_role():
    assert set(MATRIX) == {*ALL_ROLES, ANONYMOUS, SUPERUSER}


def test_the_archive_and_record_apps_are_found():
    found = {area for area, _model in areas().values()}
    assert found >= {"workers", "audit"}


@pytest.mark.parametrize("role", list(MATRIX))
def test_every_back_office_url_allows_and_denies_as_the_matrix_says(
    client, role, objects, counsellor, django_user_model
):
    user = user_of(role, django_user_model, counsellor)
    if user is not None:
        client.force_login(user)
    urls = admin_urls()
    actual, wanted = {}, {}
    for namespace, (area, _model) in areas().items():
        for name, takes_pk in sorted(urls.get(namespace, ())):
            action = ACTION_OF_URL_NAME.get(name, VIEW)
            for whose in ("mine", "theirs") if takes_pk else ("any",):
                args = (objects[namespace][whose],) if takes_pk else ()
                key = f"{namespace}:{name} ({whose})"
                actual[key] = outcome(client, reverse(f"{namespace}:{name}", args=args))
                wanted[key] = expected(role, area, action, whose)
    assert actual == wanted

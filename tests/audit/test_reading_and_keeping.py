"""Who reads the audit log and how long it is kept: supervisors alone read and export it in the
admin, nobody edits or deletes an entry there, and entries are kept at least six months."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from audit.models import AuditEntry
from staff.roles import COUNSELLORS, SUPERVISORS
from tests.workers.conftest import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged(make_worker, counsellor):
    worker = make_worker(name="卓玛", counsellor=counsellor)
    other = member_of(COUNSELLORS, "pasang")
    return [
        AuditEntry.objects.create(
            user=counsellor, action="view", worker=worker, object_repr="卓玛"
        ),
        AuditEntry.objects.create(user=other, action="export", worker=worker, object_repr="卓玛"),
    ]


def test_supervisors_read_the_log_with_filters(client, logged, supervisor, counsellor):
    client.force_login(supervisor)
    response = client.get(reverse("audit:index"))
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 2
    filtered = client.get(reverse("audit:index"), {"action": "export"})
    assert [e.action for e in filtered.context["object_list"]] == ["export"]
    by_user = client.get(reverse("audit:index"), {"user": counsellor.pk})
    assert [e.user for e in by_user.context["object_list"]] == [counsellor]
    by_worker = client.get(reverse("audit:index"), {"worker_name": "卓"})
    assert len(by_worker.context["object_list"]) == 2
    today = timezone.localdate()
    by_date = client.get(reverse("audit:index"), {"when_after": today - datetime.timedelta(1)})
    assert len(by_date.context["object_list"]) == 2


def test_supervisors_export_the_log_as_a_spreadsheet(client, logged, supervisor):
    client.force_login(supervisor)
    response = client.get(reverse("audit:index"), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "卓玛" in content and "export" in content
    xlsx = client.get(reverse("audit:index"), {"export": "xlsx"})
    assert xlsx.status_code == 200


@pytest.mark.parametrize("role", [COUNSELLORS, None])
def test_nobody_else_reads_the_log(client, logged, role):
    user = member_of(role, "reader") if role else None
    if user:
        client.force_login(user)
    response = client.get(reverse("audit:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(
        reverse("wagtailadmin_home") if user else reverse("wagtailadmin_login")
    )


def test_the_admin_offers_no_way_to_change_or_delete_an_entry(logged):
    for name in ["audit:add", "audit:edit", "audit:delete"]:
        with pytest.raises(NoReverseMatch):
            reverse(name, args=(logged[0].pk,))
    supervisor = member_of(SUPERVISORS, "boss")
    assert not supervisor.has_perm("audit.change_auditentry")
    assert not supervisor.has_perm("audit.delete_auditentry")


def aged(days):
    return AuditEntry.objects.create(
        action="view", when=timezone.now() - datetime.timedelta(days=days)
    )


def test_the_purge_deletes_only_what_is_older_than_the_retention(settings):
    """Kept at least six months; by default a year."""
    kept = [aged(1), aged(200), aged(364)]
    aged(366)
    call_command("purge_audit_log", stdout=io.StringIO())
    assert set(AuditEntry.objects.all()) == set(kept)
    settings.AUDIT_LOG_RETENTION_DAYS = 183
    call_command("purge_audit_log", stdout=io.StringIO())
    assert list(AuditEntry.objects.all()) == [kept[0]]


def test_the_purge_refuses_to_keep_less_than_six_months(settings):
    old = aged(190)
    settings.AUDIT_LOG_RETENTION_DAYS = 90
    with pytest.raises(CommandError, match="183"):
        call_command("purge_audit_log")
    assert AuditEntry.objects.filter(pk=old.pk).exists()

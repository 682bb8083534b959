"""A worker's own data on request (PIPL art. 45): supervisors and the responsible counsellor
export everything kept about the worker as JSON, the ID and phone numbers in clear, with the
records of every app that keeps records about a worker; each export is in the audit log."""

import json

import pytest
from django.apps import apps
from django.db import connection, models
from django.urls import reverse

from audit.models import AuditEntry
from staff.roles import COUNSELLORS, JOB_REVIEWERS
from tests.workers.conftest import id_number, member_of
from workers.models import Certificate, Consent, Worker, WorkHistory

ID_NUMBER = id_number(birth="19920505", sequence="246")


@pytest.fixture(scope="module")
def later_record(django_db_setup, django_db_blocker):
    """A record model another app adds later, with its `worker` foreign key: the export finds it
    through the model registry without being told."""

    class Interview(models.Model):
        worker = models.ForeignKey(Worker, on_delete=models.DO_NOTHING, related_name="+")
        notes = models.CharField(max_length=100)

        class Meta:
            app_label = "workers"

        def __str__(self):
            return self.notes

    with django_db_blocker.unblock(), connection.schema_editor() as editor:
        editor.create_model(Interview)
    yield Interview
    with django_db_blocker.unblock(), connection.schema_editor() as editor:
        editor.delete_model(Interview)
    del apps.all_models["workers"]["interview"]
    apps.clear_cache()


@pytest.fixture
def worker(db, later_record, make_worker, counsellor):
    worker = make_worker(name="卓玛", phone="13908912345", id_number=ID_NUMBER)
    worker.counsellor = counsellor
    worker.save()
    WorkHistory.objects.create(worker=worker, place="成都", work="钢筋工", years="3.5")
    Certificate.objects.create(worker=worker, name="电工证")
    Consent.objects.create(worker=worker, purpose="service", channel="paper", taken_by=counsellor)
    later_record.objects.create(worker=worker, notes="想学藏式家具彩绘")
    AuditEntry.objects.create(action="view", worker=worker)
    return worker


def export(client, user, worker):
    client.force_login(user)
    return client.get(reverse("workers:export", args=(worker.pk,)), REMOTE_ADDR="10.1.1.1")


def items(data, label):
    (records,) = [records for records in data["records"] if records["model"] == label]
    return records["items"]


def test_the_responsible_counsellor_exports_everything_in_clear(client, worker, counsellor):
    response = export(client, counsellor, worker)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="worker-{worker.pk}.json"'
    data = json.loads(response.content)
    assert data["worker"]["id_number"] == ID_NUMBER
    assert data["worker"]["phone"] == "13908912345"
    assert "phone_hash" not in data["worker"]
    assert items(data, "workers.workhistory")[0]["place"] == "成都"
    assert items(data, "workers.certificate")[0]["name"] == "电工证"
    assert items(data, "workers.consent")[0]["taken_by"] == "dolma"
    assert [item["notes"] for item in items(data, "workers.interview")] == ["想学藏式家具彩绘"]
    # Who on the staff read the record is not the worker's data.
    assert "audit.auditentry" not in {records["model"] for records in data["records"]}


def test_each_export_is_in_the_audit_log(client, worker, counsellor):
    export(client, counsellor, worker)
    entry = AuditEntry.objects.get(action="export")
    assert (entry.user, entry.worker, entry.client_address) == (counsellor, worker, "10.1.1.1")
    assert ID_NUMBER not in str(AuditEntry.objects.values_list())


def test_a_supervisor_exports_and_the_worker_page_offers_it(client, worker, supervisor):
    assert export(client, supervisor, worker).status_code == 200
    page = client.get(reverse("workers:inspect", args=(worker.pk,)))
    assert reverse("workers:export", args=(worker.pk,)) in page.content.decode()


@pytest.mark.parametrize("who", ["other counsellor", "reviewer"])
def test_nobody_else_exports(client, worker, other_counsellor, who):
    user = other_counsellor if who == "other counsellor" else member_of(JOB_REVIEWERS, "reviewer")
    response = export(client, user, worker)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not AuditEntry.objects.filter(action="export").exists()


def test_a_colleague_who_sees_the_worker_gets_no_export_button(client, worker, centres):
    """Colleagues of the service centre see the worker but are not the responsible counsellor."""
    worker.service_centre = centres
    worker.save()
    colleague = member_of(COUNSELLORS, "lhamo", centre=centres)
    client.force_login(colleague)
    page = client.get(reverse("workers:inspect", args=(worker.pk,)))
    assert page.status_code == 200
    assert reverse("workers:export", args=(worker.pk,)) not in page.content.decode()
    assert export(client, colleague, worker).status_code == 302

"""The audit log (DESIGN.md "Rules that hold everywhere"; PIPL art. 51): every view, change and
export of a worker's record is written down with who, when, which worker, the address requested
and the client's address, and never with the sealed ID or phone numbers."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.log_actions import log

from audit.models import AuditEntry
from tests.workers.conftest import id_number
from tests.workers.test_record_admin import worker_data
from workers.models import Certificate, Worker

pytestmark = pytest.mark.django_db

ID_NUMBER = id_number(birth="19900101", sequence="242")
PHONE = "13908912345"


@pytest.fixture
def worker(make_worker, counsellor):
    return make_worker(name="卓玛", phone=PHONE, id_number=ID_NUMBER, counsellor=counsellor)


def entries():
    return list(AuditEntry.objects.order_by("pk"))


def assert_nothing_sealed():
    """No entry holds the ID or the phone number, in clear or in any other column."""
    for row in AuditEntry.objects.values():
        text = " ".join(str(value) for value in row.values())
        assert ID_NUMBER not in text and PHONE not in text, row


@pytest.mark.parametrize("view", ["inspect", "edit", "history", "usage"])
def test_opening_a_worker_writes_who_when_whom_and_from_where(client, worker, counsellor, view):
    client.force_login(counsellor)
    url = reverse(f"workers:{view}", args=(worker.pk,))
    assert client.get(url, REMOTE_ADDR="10.20.30.40").status_code == 200
    (entry,) = entries()
    assert (entry.user, entry.action, entry.worker, entry.worker_number) == (
        counsellor,
        "view",
        worker,
        worker.pk,
    )
    assert entry.path == url and entry.client_address == "10.20.30.40"
    assert entry.object_repr == "卓玛"
    assert_nothing_sealed()


def test_a_search_by_id_number_is_not_written_with_the_number(client, worker, counsellor):
    client.force_login(counsellor)
    url = reverse("workers:inspect", args=(worker.pk,))
    client.get(url, {"q": ID_NUMBER})
    assert entries()[0].path == url
    assert_nothing_sealed()


def test_saving_a_worker_writes_a_change(client, worker, counsellor, township):
    client.force_login(counsellor)
    data = worker_data(township, name="卓玛", phone=PHONE, id_number=ID_NUMBER)
    response = client.post(reverse("workers:edit", args=(worker.pk,)), data)
    assert response.status_code == 302, response.context["form"].errors
    assert [(e.action, e.worker) for e in entries()] == [("change", worker)]
    assert_nothing_sealed()


def test_a_refused_save_is_a_view_of_the_form_not_a_change(client, worker, counsellor, township):
    client.force_login(counsellor)
    data = worker_data(township, name="", phone=PHONE)
    assert client.post(reverse("workers:edit", args=(worker.pk,)), data).status_code == 200
    assert [e.action for e in entries()] == ["view"]
    assert Worker.objects.get(pk=worker.pk).name == "卓玛"


def test_a_new_worker_writes_an_add(client, counsellor, township):
    client.force_login(counsellor)
    client.get(reverse("workers:add"))
    assert entries() == []  # an empty form shows nobody's data
    response = client.post(reverse("workers:add"), worker_data(township, id_number=ID_NUMBER))
    assert response.status_code == 302
    assert [(e.action, e.worker) for e in entries()] == [("add", Worker.objects.get())]


def test_a_deleted_worker_stays_named_by_number(client, worker, supervisor):
    # Deletable only five years after the last service (6.5.3): served long ago.
    long_ago = datetime.datetime(2019, 4, 1, 10, tzinfo=datetime.UTC)
    Worker.objects.filter(pk=worker.pk).update(created_at=long_ago)
    worker.consents.all().delete()
    client.force_login(supervisor)
    number = worker.pk
    assert client.post(reverse("workers:delete", args=(number,))).status_code == 302
    assert not Worker.objects.filter(pk=number).exists()
    (entry,) = entries()
    assert (entry.action, entry.worker, entry.worker_number) == ("delete", None, number)


def test_a_refused_request_writes_nothing(client, worker, other_counsellor):
    client.force_login(other_counsellor)
    response = client.get(reverse("workers:inspect", args=(worker.pk,)))
    assert response.status_code == 302
    assert entries() == []


def test_the_forwarded_address_is_believed_only_behind_a_configured_proxy(
    client, worker, counsellor, settings
):
    client.force_login(counsellor)
    url = reverse("workers:inspect", args=(worker.pk,))
    forged = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "1.2.3.4, 172.16.0.9"}
    client.get(url, **forged)
    settings.TRUSTED_PROXY_COUNT = 1
    client.get(url, **forged)
    assert [e.client_address for e in entries()] == ["10.0.0.1", "172.16.0.9"]


def test_actions_other_apps_log_with_wagtail_land_in_the_audit_log(worker, counsellor, rf):
    """An app that logs "<app>.print_…" or "<app>.download_…" with wagtail.log_actions."""
    certificate = Certificate.objects.create(worker=worker, name="电工证")
    log(certificate, "careerplans.download_pdf", user=counsellor)
    log(certificate, "jobseeking.print_cv", user=counsellor)
    log(certificate, "wagtail.edit", user=counsellor)  # Wagtail's own: written by the views
    assert [(e.action, e.logged_as, e.worker, e.user) for e in entries()] == [
        ("download", "careerplans.download_pdf", worker, counsellor),
        ("print", "jobseeking.print_cv", worker, counsellor),
    ]


@pytest.mark.urls("tests.audit.urls")
def test_every_view_of_a_record_viewset_is_written(client, worker, counsellor):
    """Records of other apps kept through workers/records.py are audited the same way."""
    counsellor.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_certificate", "change_certificate"])
    )
    client.force_login(counsellor)
    response = client.post(
        reverse("test_certificates:add"),
        {"worker": worker.pk, "name": "电工证", "issuer": "拉萨市人社局"},
        REMOTE_ADDR="10.9.8.7",
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    for view in ["inspect", "edit", "history", "usage"]:
        url = reverse(f"test_certificates:{view}", args=(certificate.pk,))
        assert client.get(url).status_code == 200, view
    assert [(e.action, e.worker, e.object_repr) for e in entries()] == [
        ("add", worker, str(certificate)),
        *[("view", worker, str(certificate))] * 4,
    ]
    assert entries()[0].client_address == "10.9.8.7"
    assert entries()[0].content_type.model_class() is Certificate

"""Keeping the archive (clause 6.5.3): records are archived yearly (a closed year is read-only
and each worker served in it gets a bundle), kept at least five years (deleting is refused
until then, with the date), and anonymised after that."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from pypdf import PdfReader

from assessments.models import StaffAssessment
from audit.models import AuditEntry
from workers.archiving import may_close
from workers.export import record_models
from workers.models import ArchiveBundle, ClosedYear, Consent, Worker
from workers.retention import PART_OF_THE_RECORD, SERVICE_DATES

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def archive_root(settings, tmp_path):
    settings.ARCHIVE_ROOT = tmp_path / "archive"
    return settings.ARCHIVE_ROOT


def assessment(worker, day, **fields):
    values = {
        "assessed_on": day,
        "skill_score": 3,
        "skill_evidence": "会开小型货车，有驾照。",
        "willingness_score": 4,
        "willingness_evidence": "想在达孜找工作。",
        "fit_score": 3,
        "fit_evidence": "适合物流岗位。",
        "summary": "建议先参加物流培训。",
        "next_step": "training",
        **fields,
    }
    return StaffAssessment.objects.create(worker=worker, **values)


def served_long_ago(worker, day):
    """Every trace of the worker's service dated `day`."""
    moment = datetime.datetime.combine(day, datetime.time(10), tzinfo=datetime.UTC)
    Worker.objects.filter(pk=worker.pk).update(created_at=moment)
    Consent.objects.filter(worker=worker).update(given_on=day)
    return Worker.objects.get(pk=worker.pk)


def test_every_kind_of_record_has_its_place_in_the_archive():
    labels = {model._meta.label for model in record_models()}
    assert labels == set(SERVICE_DATES) | PART_OF_THE_RECORD


def test_a_closed_years_record_can_be_read_but_not_changed(client, supervisor, make_worker):
    worker = make_worker(counsellor=supervisor)
    old = assessment(worker, datetime.date(2025, 6, 3))
    new = assessment(worker, datetime.date(2026, 2, 3))
    ClosedYear.objects.create(year=2025, closed_by=supervisor)
    client.force_login(supervisor)

    refused = client.get(reverse("assessments:edit", args=(old.pk,)), follow=True)
    assert "2025" in refused.content.decode() and refused.redirect_chain
    assert client.get(reverse("assessments:edit", args=(new.pk,))).status_code == 200
    client.post(reverse("assessments:delete", args=(old.pk,)))
    assert StaffAssessment.objects.filter(pk=old.pk).exists()


def test_a_worker_served_within_five_years_cannot_be_deleted(client, supervisor, make_worker):
    worker = make_worker(counsellor=supervisor)
    client.force_login(supervisor)
    response = client.post(reverse("workers:delete", args=(worker.pk,)), follow=True)
    assert Worker.objects.filter(pk=worker.pk).exists()
    # The message says until when: five years after today's service.
    assert str(datetime.date.today().year + 5) in response.content.decode()


def test_a_worker_last_served_over_five_years_ago_can_be_deleted(client, supervisor, make_worker):
    worker = served_long_ago(make_worker(counsellor=supervisor), datetime.date(2019, 3, 1))
    client.force_login(supervisor)
    client.post(reverse("workers:delete", args=(worker.pk,)))
    assert not Worker.objects.filter(pk=worker.pk).exists()


def test_a_service_record_is_kept_five_years_after_the_last_service(
    client, supervisor, make_worker
):
    worker = make_worker(counsellor=supervisor)
    record = assessment(worker, datetime.date(2026, 2, 3))
    client.force_login(supervisor)
    client.post(reverse("assessments:delete", args=(record.pk,)))
    assert StaffAssessment.objects.filter(pk=record.pk).exists()


def test_only_a_year_that_has_ended_can_be_closed_once(supervisor):
    assert may_close(2025, today=TODAY)
    assert not may_close(2026, today=TODAY)
    ClosedYear.objects.create(year=2025)
    assert not may_close(2025, today=TODAY)


def test_closing_a_year_stores_a_bundle_for_each_worker_served_that_year(
    client, supervisor, make_worker, archive_root, settings, django_capture_on_commit_callbacks
):
    served = make_worker(name="次仁卓玛", counsellor=supervisor, tibetan="writes")
    assessment(served, datetime.date(2025, 5, 20))
    served_long_ago(served, datetime.date(2025, 5, 20))
    elsewhere = served_long_ago(
        make_worker(name="扎西", phone="13800000000"), datetime.date(2024, 1, 5)
    )
    client.force_login(supervisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("archive_years:add"), {"year": "2025", "confirm": "on"})
    assert response.status_code == 302

    closed = ClosedYear.objects.get(year=2025)
    assert closed.closed_by == supervisor and closed.workers_served == 1
    bundle = ArchiveBundle.objects.get()
    assert bundle.worker == served and not ArchiveBundle.objects.filter(worker=elsewhere)
    assert str(archive_root) in bundle.summary.path
    assert str(settings.MEDIA_ROOT) not in bundle.summary.path
    # pypdf puts spaces between some Tibetan syllable parts: compare without spaces.
    pages = [page.extract_text().replace(" ", "") for page in PdfReader(bundle.summary.path).pages]
    chinese, tibetan = pages[0], pages[-1]
    assert "2025年档案" in chinese and "次仁卓玛" in chinese and "能力评估" in chinese
    assert "ཡིག་ཚགས་འཛུགས་པ།" in tibetan and "次仁卓玛" in tibetan
    assert "能力评估" not in tibetan
    data = json.loads(bundle.data.read())
    assert data["worker"]["name"] == "次仁卓玛"

    download = client.get(reverse("archive_years:bundle", args=(bundle.pk, "data")))
    assert json.loads(b"".join(download.streaming_content))["worker"]["phone"] == "13908912345"
    assert AuditEntry.objects.filter(worker=served, action="export").exists()


def test_counsellors_cannot_close_years_or_read_bundles(client, counsellor, supervisor):
    client.force_login(counsellor)
    client.post(reverse("archive_years:add"), {"year": "2025", "confirm": "on"})
    assert not ClosedYear.objects.exists()
    closed = ClosedYear.objects.create(year=2024, closed_by=supervisor)
    assert client.get(reverse("archive_years:inspect", args=(closed.pk,))).status_code == 302


def test_a_closed_year_is_never_reopened(client, supervisor):
    closed = ClosedYear.objects.create(year=2024, closed_by=supervisor)
    client.force_login(supervisor)
    client.post(reverse("archive_years:edit", args=(closed.pk,)), {"year": "2023"})
    client.post(reverse("archive_years:delete", args=(closed.pk,)))
    assert ClosedYear.objects.get(pk=closed.pk).year == 2024


def test_a_year_is_closed_only_with_the_confirmation(client, supervisor):
    client.force_login(supervisor)
    response = client.post(reverse("archive_years:add"), {"year": "2025"})
    assert "confirm" in response.context["form"].errors
    assert not ClosedYear.objects.exists()


def raw_worker_row(pk):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM workers_worker WHERE id = %s", [pk])
        return " ".join(str(value) for value in cursor.fetchone())


def test_workers_past_the_keeping_period_are_anonymised(make_worker, supervisor):
    old = make_worker(name="次仁卓玛", counsellor=supervisor)
    assessment(old, datetime.date(2019, 5, 1), summary="卓玛的家在德庆镇。")
    old = served_long_ago(old, datetime.date(2019, 5, 1))
    recent = make_worker(name="扎西", phone="13800000000")
    AuditEntry.objects.create(action="view", worker=old, object_repr="次仁卓玛")

    out = io.StringIO()
    call_command("anonymise_workers", "--dry-run", stdout=out)
    assert "1 workers would be anonymised" in out.getvalue()
    assert Worker.objects.get(pk=old.pk).name == "次仁卓玛"

    call_command("anonymise_workers", stdout=io.StringIO())
    old = Worker.objects.get(pk=old.pk)
    assert old.anonymised_on is not None and old.phone == ""
    assert old.gender == "female" and old.home_township is not None  # statistics stay
    row = raw_worker_row(old.pk)
    assert "次仁卓玛" not in row
    assert not StaffAssessment.objects.filter(summary__contains="卓玛").exists()
    assert StaffAssessment.objects.get(worker=old).skill_score == 3
    assert not AuditEntry.objects.filter(object_repr="次仁卓玛").exists()
    assert Worker.objects.get(pk=recent.pk).name == "扎西"


def test_a_follow_up_of_a_closed_year_is_read_only_and_its_views_are_audited(
    client, supervisor, make_worker, township
):
    """6.5.3: follow-ups are archived with their year; each view is in the audit log."""
    from placements.models import FollowUp, Placement

    worker = make_worker(counsellor=supervisor)
    placement = Placement.objects.create(
        worker=worker,
        employer_name="达孜物流",
        workplace=township,
        start_date=datetime.date(2025, 11, 3),
        recorded_by=supervisor,
    )
    follow_up = FollowUp.objects.filter(placement=placement).order_by("due_on").first()
    assert follow_up.due_on.year == 2025
    ClosedYear.objects.create(year=2025, closed_by=supervisor)
    client.force_login(supervisor)
    response = client.post(
        reverse("placements_follow_ups:edit", args=(follow_up.pk,)),
        {"done_on": "2025-11-18", "channel": "phone", "outcome": "still"},
        follow=True,
    )
    assert "2025" in response.content.decode()
    assert FollowUp.objects.get(pk=follow_up.pk).done_on is None
    assert AuditEntry.objects.filter(worker=worker, object_id=str(follow_up.pk)).exists()

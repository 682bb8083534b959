"""The demo complaints (clause 7.3): every state and channel, both languages, loaded once."""

from collections import Counter
from types import SimpleNamespace

from complaints import demo as complaints_demo
from complaints.models import Channel, Complaint, Status


def test_the_demo_complaints_cover_every_state_channel_and_language(db):
    builder = SimpleNamespace(created=Counter())
    complaints_demo.load(builder)
    complaints = Complaint.objects.all()
    assert builder.created["complaints.Complaint"] == len(complaints_demo.COMPLAINTS)
    assert {complaint.status for complaint in complaints} == set(Status.values)
    assert {complaint.channel for complaint in complaints} == set(Channel.values)
    assert {complaint.language for complaint in complaints} == {"zh-hans", "bo"}
    assert all(complaint.phone.startswith("139000090") for complaint in complaints)
    accepted = complaints.exclude(status__in=[Status.RECEIVED, Status.REJECTED])
    assert all(complaint.due_on for complaint in accepted)

    complaints_demo.load(builder)
    assert Complaint.objects.count() == len(complaints_demo.COMPLAINTS)

"""Daily (clause 7.3): remind each department of the complaints whose answer is due within
COMPLAINT_REMINDER_DAYS days, and escalate to the supervisors those whose due date has passed.
Each complaint is reminded of once and escalated once, however often the command runs."""

from collections import defaultdict

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from complaints import notices
from complaints.models import Complaint
from portal.dates import lhasa_today


class Command(BaseCommand):
    help = "Remind complaint officers of answers due soon; escalate overdue complaints."

    def handle(self, *args, **options):
        today = lhasa_today()
        due_soon = (
            Complaint.objects.due_soon(today, settings.COMPLAINT_REMINDER_DAYS)
            .filter(reminded_on__isnull=True)
            .select_related("category__department")
            .order_by("due_on")
        )
        by_department = defaultdict(list)
        for complaint in due_soon:
            by_department[complaint.department].append(complaint)
        for department, complaints in by_department.items():
            notices.remind_department(department, complaints)
            Complaint.objects.filter(pk__in=[c.pk for c in complaints]).update(reminded_on=today)

        overdue = list(
            Complaint.objects.overdue(today)
            .filter(escalated_at__isnull=True)
            .select_related("category__department")
            .order_by("due_on")
        )
        if overdue:
            notices.escalate(overdue)
            Complaint.objects.filter(pk__in=[c.pk for c in overdue]).update(
                escalated_at=timezone.now()
            )
        reminded = sum(len(complaints) for complaints in by_department.values())
        self.stdout.write(f"Reminded of {reminded} complaints; escalated {len(overdue)}.")

"""What a valid intake form becomes (clause 6.3.1): a draft job page awaiting review, and the
employer on file (an unverified new one if its credit code is unknown)."""

import uuid

from django.db import transaction
from django.utils.html import escape

from jobs.models import Employer, JobIndexPage, JobPage
from portal.forms import CONTROL_CHARACTERS

# The form's fields that are saved on the job as they are.
COPIED = [
    "occupation",
    "skill_required",
    "headcount",
    "wage_min",
    "wage_max",
    "wage_unit",
    "township",
    "accommodation",
    "meals",
    "language_required",
    "working_hours",
    "contract_type",
    "start_date",
    "closing_date",
]


def job_index(locale):
    """The live job index of the language's tree, or None when jobs are not taken online."""
    return JobIndexPage.objects.live().filter(locale=locale).order_by("path").first()


def reference(job):
    """What the employer quotes when calling about the job: J and the page id, e.g. J000123."""
    return f"J{job.pk:06d}"


def paragraphs(text):
    """Plain text as rich text: paragraphs at empty lines, line breaks kept, markup escaped."""
    text = CONTROL_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [block.strip() for block in text.split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(escape(line.strip()) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )


def employer_for(data):
    """The employer with this credit code, untouched: the public form never changes the data of
    an employer on file (staff may have verified it); else a new, unverified one."""
    employer, _created = Employer.objects.get_or_create(
        credit_code=data["credit_code"],
        defaults={
            "name": data["employer_name"],
            "contact_person": data["contact_person"],
            "phone": data["phone"],
            "township": data["employer_township"],
            "address": data["address"],
            "verified": False,
        },
    )
    return employer


@transaction.atomic
def submit(data, index, user=None):
    """Save the employer and the job as a draft under `index`, with a revision, and put it in
    the review workflow that applies to it. `user` is the member of staff who imported it; from
    the public form no one is signed in, and the submitter is nobody."""
    job = JobPage(
        title=data["title"],
        employer=employer_for(data),
        description=paragraphs(data["description"]),
        how_to_apply=paragraphs(data["how_to_apply"]),
        live=False,
        slug=f"new-{uuid.uuid4().hex}",
        **{name: data[name] for name in COPIED},
    )
    index.add_child(instance=job)
    # The address follows the reference: Wagtail makes no slug from a title in Tibetan (its
    # vowel signs are dropped) or in symbols only, and the reference reads alike in both trees.
    job.slug = reference(job).lower()
    job.save()
    job.save_revision(user=user, log_action=True)
    workflow = job.get_workflow()
    if workflow is not None:
        workflow.start(job, user=user)
    return job

"""Saving the good rows of a checked spreadsheet: each becomes a draft job in the review
workflow, exactly as a submission of the public form does (jobs/intake/submission.py)."""

from django.db import transaction

from jobs.intake.submission import submit


@transaction.atomic
def import_rows(rows, index, user):
    """Draft jobs under `index` for the CheckedRows `rows`, all of them or, on any failure,
    none, submitted by `user`. An employer is found by its credit code or made unverified, once
    per file."""
    return [submit(row.data, index, user) for row in rows]

"""A worker's training (clauses 6.2.1–6.2.3): the training plan made from their needs, their
enrolments in the catalogue's courses, progress along the way and the result.

Records about one worker, kept through `workers.records.WorkerRecordViewSet`: a counsellor sees
and keeps only those of their caseload.
"""

"""The read-only JSON API of open jobs (clauses 6.3.1 and 6.3.2), outside the language prefixes
at /api/v1/: the job index's search, filters, counts and order, for other services to reuse."""

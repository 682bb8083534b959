"""The job index on Elasticsearch (clause 6.3.2), used instead of the database when
ELASTICSEARCH_URL is set: documents.py (the mapping), queries.py (the request), engine.py
(running it for the listing), indexing.py, signals.py and tasks.py (keeping it up to date)."""

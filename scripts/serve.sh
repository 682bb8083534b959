#!/usr/bin/env bash
# Serve the portal on http://127.0.0.1:8000 with the background-task worker beside it.
set -euo pipefail

.venv/bin/python manage.py db_worker --queue-name '*' &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT INT TERM
.venv/bin/python manage.py runserver 127.0.0.1:8000

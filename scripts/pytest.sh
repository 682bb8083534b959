#!/usr/bin/env bash
# The test suite. Runs on SQLite unless DATABASE_URL names another database.
set -euo pipefail

exec .venv/bin/python -m pytest "$@"

#!/usr/bin/env bash
# `check --deploy` under production settings with production-like variables.
set -euo pipefail

SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
PERSONAL_DATA_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(40))')" \
ALLOWED_HOSTS="portal.example.org" \
DJANGO_SETTINGS_MODULE=portal.settings.production \
    .venv/bin/python manage.py check --deploy --fail-level WARNING

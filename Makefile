# The two commands of the README:
#   make run    set everything up, load the demo content and serve http://127.0.0.1:8000
#   make test   set everything up and run every check and test
# Both are idempotent; each step below skips work that is already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=static --ignore=media --ignore=tests --ignore=bench --ignore=scripts

.PHONY: messages run test setup system-packages python-packages assets catalogues database demo-content serve checks pytest

run: setup database demo-content serve

test: setup checks pytest

setup: system-packages python-packages assets catalogues

system-packages:
	@scripts/install-system-packages.sh

python-packages: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

assets: node_modules/.installed portal/static/dist/portal.css portal/static/dist/fonts/tibetan-common.woff2

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

portal/static/dist/portal.css: node_modules/.installed $(wildcard frontend/scss/*.scss)
	npm run --silent build

portal/static/dist/fonts/tibetan-common.woff2: node_modules/.installed frontend/build_fonts.py frontend/scss/_fonts.scss
	$(PY) frontend/build_fonts.py

catalogues:
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules -v0

database:
	$(MANAGE) migrate --no-input -v0

demo-content:
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin

serve:
	scripts/serve.sh

checks:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check_translations
	scripts/check-deploy.sh

pytest:
	scripts/pytest.sh

# After changing strings in code or templates: update both catalogues, then translate them.
messages:
	$(MANAGE) makemessages -l zh_Hans -l bo $(MESSAGES_IGNORE) --no-obsolete --add-location=file

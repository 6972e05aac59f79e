# The two commands of the README: `make run` and `make test`. Everything else is a step of theirs.
# Debian's Python 3.11 where there is one: built with profile-guided optimisation and link-time
# optimisation, it runs the site about 1.6 times as fast as an interpreter built without them
# (pyenv's default). See docs/performance.md.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3.11) python3.11)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
DEV_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.dev

.PHONY: run serve bench test install install-dev lock messages lint format clean chromium pdf-libraries

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# From the lock files: every package of the tree at its version, checked against its hashes.
install: $(VENV)/bin/python
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock

install-dev: $(VENV)/bin/python
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock

# The lock files again, from requirements.txt and requirements-dev.txt (the lists we edit): the
# newest releases that those pins allow, with the hashes of all their files on PyPI. This
# machine's pip configuration (local indexes) is left out, so that only PyPI is asked.
PIP_COMPILE := env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null \
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --upgrade \
	--generate-hashes --allow-unsafe --strip-extras
lock: install-dev
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.txt

messages:
	$(MANAGE) compile_catalogues --verbosity 0

run: install messages pdf-libraries
	$(DEV_SETTINGS) $(MANAGE) migrate --noinput
	$(DEV_SETTINGS) $(MANAGE) resegment_case_translations
	$(DEV_SETTINGS) $(MANAGE) load_demo_content
	@echo "Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/ (admin / ecrire-pour-les-droits)"
	$(DEV_SETTINGS) $(MANAGE) runserver 127.0.0.1:8000

# The production stack on this machine (deploy/stack.py): http://127.0.0.1:8080/, Ctrl-C stops it.
serve: install pdf-libraries
	$(PY) deploy/stack.py serve

# The stack measured: prints the table and writes it to docs/performance.md.
bench: install pdf-libraries
	$(PY) bench/bench.py

# The suite on SQLite, again on a throwaway PostgreSQL of its own (deploy/stack.py), then
# against the production stack. Branch coverage of the site's code (pyproject.toml says which)
# is added up over the three passes, printed, and fails the run under 90 %.
COVERAGE := --cov --cov-append --cov-report=
test: lint messages chromium pdf-libraries
	rm -f .coverage
	$(VENV)/bin/pytest $(COVERAGE) -m "not postgresql and not stack"
	url=$$($(PY) deploy/stack.py test-postgres) && DATABASE_URL="$$url" $(VENV)/bin/pytest $(COVERAGE) -m "not browser and not stack"
	$(VENV)/bin/pytest $(COVERAGE) -m stack
	$(VENV)/bin/coverage report --fail-under=90

# Pango and HarfBuzz, with which WeasyPrint lays out the campaign kit's PDFs (cases/kit.py), and
# DejaVu for a letter the site's own fonts lack: Debian's packages, installed when missing.
pdf-libraries: install
	@$(PY) -c "from weasyprint.text.ffi import harfbuzz_subset; assert harfbuzz_subset" >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core >/dev/null)

# Debian's Chromium for the browser tests (Playwright's own browser downloads are not used).
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

lint: install-dev node_modules
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(find cms home cases search -name '*.html')
	npx --no-install stylelint "cms/static/css/**/*.css" "cases/templates/cases/kit/*.css"

# stylelint, from package-lock.json (Debian's npm is installed first when there is none).
node_modules: package-lock.json
	@command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null)
	npm ci --no-audit --no-fund --loglevel=error
	@touch node_modules

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(find cms home cases search -name '*.html')

clean:
	rm -rf $(VENV) db.sqlite3* media test-media static .coverage

# The two commands of the README: `make run` and `make test`. Everything else is a step of theirs.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
DEV_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.dev

.PHONY: run test install install-dev messages lint format clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt

install-dev: $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt

messages:
	$(MANAGE) compile_catalogues --verbosity 0

run: install messages
	$(DEV_SETTINGS) $(MANAGE) migrate --noinput
	$(DEV_SETTINGS) $(MANAGE) load_demo_content
	@echo "Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/ (admin / ecrire-pour-les-droits)"
	$(DEV_SETTINGS) $(MANAGE) runserver 127.0.0.1:8000

test: lint messages
	$(VENV)/bin/pytest

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(find cms home cases search -name '*.html')

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(find cms home cases search -name '*.html')

clean:
	rm -rf $(VENV) db.sqlite3 media test-media static

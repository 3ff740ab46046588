# Two commands for a newcomer: `make demo` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve test eval install browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The main job on the example corpus: events and quotes per article, then the same articles
# in a store, and the finding the project starts from (Italy among the European states
# stepping up ties with Japan in 2024).
demo: $(STAMP)
	$(BIN)/entente extract examples/corpus/ --format table
	$(BIN)/entente ingest examples/corpus/ --db demo.duckdb
	$(BIN)/entente ties JPN --region Europe --since 2024-01-01 --db demo.duckdb
	@echo "The web app over this store: make serve, then open http://127.0.0.1:8000/"

# The web app over the demo store, on this machine only (Ctrl-C stops it).
serve: $(STAMP)
	@test -f demo.duckdb || $(BIN)/entente ingest examples/corpus/ --db demo.duckdb
	@echo "Open http://127.0.0.1:8000/"
	$(BIN)/entente serve --db demo.duckdb --host 127.0.0.1 --port 8000

# The browser tests drive Debian's chromium; install it where it is missing and we are root
# with apt-get. A failed install does not fail the build: those tests then skip, saying why.
browser:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed; the browser tests will skip"; \
	else echo "no chromium and no root apt-get; the browser tests will skip"; fi

test: $(STAMP) browser
	$(BIN)/python -m pytest

# The gold sets (seed, PLOVER sentences, our corpus, real VOA stories: dev and test, our wire and broadcast-style stories); writes docs/quality.md and the full reports under reports/.
eval: $(STAMP)
	$(BIN)/entente eval ../shared/seed/expected.json \
		../shared/benchmarks/plover_gsr/plover_gsr_normalized.jsonl examples/corpus \
		examples/voa/dev examples/wire examples/voa2/dev examples/voa/test \
		examples/voa2/test examples/voa3/dev examples/voa3/test examples/voa4/dev \
		examples/voa4/test examples/voa5/dev examples/voa5/test examples/voa6/dev \
		examples/voa6/test examples/voa7/dev examples/voa7/test examples/voa8/dev \
		examples/voa8/test --markdown docs/quality.md --report reports
	$(BIN)/python -m entente.evaluate.phenomena --markdown docs/phenomena.md
	$(BIN)/python -m entente.evaluate.robustness examples/voa/dev examples/wire examples/voa2/dev examples/voa3/dev examples/voa4/dev examples/voa5/dev examples/voa6/dev examples/voa7/dev examples/voa8/dev --markdown docs/robustness.md

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache demo.duckdb reports

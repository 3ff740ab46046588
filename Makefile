# Two commands for a newcomer: `make demo` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval install clean

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

test: $(STAMP)
	$(BIN)/python -m pytest

# The gold sets (seed, PLOVER sentences, our corpus, real VOA stories: dev and test); writes docs/quality.md and the full reports under reports/.
eval: $(STAMP)
	$(BIN)/entente eval ../shared/seed/expected.json \
		../shared/benchmarks/plover_gsr/plover_gsr_normalized.jsonl examples/corpus \
		examples/voa/dev examples/voa/test \
		--markdown docs/quality.md --report reports
	$(BIN)/python -m entente.evaluate.phenomena --markdown docs/phenomena.md

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache demo.duckdb reports

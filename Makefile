# Two commands on a fresh machine with only Python 3.11+ and make: `make run`, `make test`.
# uv is bootstrapped into .tools/ if it is not on PATH; the virtualenv comes from uv.lock, with the
# project installed editable, so the command line `gdmp` (gdmp/cli.py) is .venv/bin/gdmp.

PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
export UV_COMPILE_BYTECODE := 1
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Prefect: project-local home, a start timeout that fits 2 cores, no telemetry.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
# `make test` runs the suite in two pytest-xdist workers (a test file stays on one worker, so a module's
# costly fixture runs once): most e2e tests wait on servers and child processes, so two fill the 2 cores.
TEST_WORKERS ?= 2

.PHONY: run test test-fast lint format samples goldens docs report export status bench bench-smoke setup clean

run: $(VENV)/.synced
	$(VENV)/bin/gdmp run $(ARGS)

test: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	scripts/ensure_postgres.sh   # the DuckLake tests start a PostgreSQL server of their own
	$(VENV)/bin/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)
	$(VENV)/bin/python bench/run.py --smoke

test-fast: $(VENV)/.synced   ## the unit tests (~30 s): no servers, flows, DuckLake or sample warehouse (tests/lanes.py)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/python -m pytest -m "not slow and not e2e" $(PYTEST_ARGS)

bench-smoke: $(VENV)/.synced   ## the benchmark at a tiny size (~45 s): every engine must agree
	$(VENV)/bin/python bench/run.py --smoke

bench: $(VENV)/.synced   ## the full benchmark (~15 min; dlt rows need `uv sync --all-groups`)
	$(VENV)/bin/python bench/run.py --sizes 10000 100000 1000000 --repeats 3

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.synced
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

samples: $(VENV)/.synced
	$(VENV)/bin/python scripts/make_samples.py

goldens: $(VENV)/.synced   ## rewrite tests/goldens/ (what each sample loads to) after a change made on purpose
	$(VENV)/bin/python scripts/goldens.py

docs: $(VENV)/.synced   ## regenerate docs/data_dictionary.md from data/warehouse.duckdb (run `make run` first)
	$(VENV)/bin/gdmp docs $(ARGS)

report: $(VENV)/.synced   ## HTML report with charts from data/warehouse.duckdb (run `make run` first)
	$(VENV)/bin/gdmp report $(ARGS)

export: $(VENV)/.synced   ## the main views as data/export/gd-major-projects.xlsx (ARGS="--format parquet" or csv)
	$(VENV)/bin/gdmp export $(ARGS)

status: $(VENV)/.synced   ## per source: version in force, fetched, last run's outcome
	$(VENV)/bin/gdmp status $(ARGS)

setup: $(VENV)/.synced

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"

$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen
	@touch $@

clean:
	rm -rf $(VENV) .tools .prefect data

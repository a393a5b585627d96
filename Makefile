# Zodiac backend. `make run` serves the stack; `make test` runs the suite. Python 3.11+ only.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# The buf CLI, from the npm registry (@bufbuild/buf ships the binary), pinned.
BUF_VERSION := 1.75.0
BUF := .tools/node_modules/.bin/buf

.PHONY: install run test lint bench bench-volume faults protos migrate clean

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

install: $(INSTALLED)

run: $(INSTALLED)
	$(BIN)/zodiac run

test: $(INSTALLED) lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(INSTALLED) $(BUF)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python scripts/check_protos.py $(BUF)

$(BUF):
	npm install --silent --no-audit --no-fund --prefix .tools @bufbuild/buf@$(BUF_VERSION)

bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.grpc_bench
	$(BIN)/python -m benchmarks.llm_tokens
	$(BIN)/python -m benchmarks.personal_cost

# The stack at volume (10 years of horoscopes, 1,000,000 subscribers, about 5 GB; tens of minutes).
bench-volume: $(INSTALLED)
	$(BIN)/python -m benchmarks.volume $(VOLUME_ARGS)

faults: $(INSTALLED)
	$(BIN)/python -m benchmarks.faults

protos: $(INSTALLED)
	$(BIN)/python scripts/generate_protos.py

migrate: $(INSTALLED)
	$(BIN)/zodiac migrate

clean:
	rm -rf $(VENV) .tools *.egg-info

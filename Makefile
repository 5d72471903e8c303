# The two commands of the README: `make demo` and `make test`. Both set up .venv when needed.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast lint setup lock clean-outputs

# The venv is rebuilt only when the lock file or the project metadata change.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" "setuptools>=70"
	@# Every version is pinned, so pip installs without resolving (--no-deps): fast and repeatable.
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

## Run the whole pipeline (dvc repro) on the bundled sample with the embedded defaults.
demo: $(STAMP)
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/dvc repro
	@echo "Done. Reports: reports/   MLflow UI: $(BIN)/mlflow ui --backend-store-uri sqlite:///mlflow.db"

## Lint (ruff), then run the whole test suite (slow tests included), as CI does.
test: $(STAMP) lint
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python -m pytest

## Ruff: lint and formatting (`$(BIN)/ruff format .` applies the formatting).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Fast feedback while developing: skip tests marked slow.
test-fast: $(STAMP)
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python -m pytest -m "not slow"

## Re-resolve the dependencies of pyproject.toml and rewrite the lock file.
lock:
	rm -rf /tmp/safellava-lock && $(PYTHON) -m venv /tmp/safellava-lock
	/tmp/safellava-lock/bin/pip install --quiet ".[test]"
	/tmp/safellava-lock/bin/pip freeze --exclude safellava | sed -E 's/^(torch==[0-9.]+)\+cpu$$/\1/' > requirements.lock

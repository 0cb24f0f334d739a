# Hearth: the two commands a person needs are `make run` and `make test`.
# Each creates .venv on first use and reinstalls only when pyproject.toml changes.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
PYTEST_ARGS ?=

.PHONY: run test test-slow lint format bench package clean-venv translations

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel

$(VENV)/.installed-app: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install -e ".[starter]"
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install -e ".[starter,dev]"
	touch $@ $(VENV)/.installed-app

# On Linux, hearth first checks the X11 libraries Qt's xcb plugin needs and names any missing
# ones in one line with the apt-get command (README, "Two commands"), instead of Qt's abort.
run: $(VENV)/.installed-app
	$(BIN)/hearth

test: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test-slow: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow $(PYTEST_ARGS)

# ruff, configured in pyproject.toml: lint (including "no PySide6 under app/core") and the format check.
# `make format` rewrites the files the check would complain about.
LINT_PATHS := app tests bench packaging
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

# Benchmarks on the starter model, each a table of ratios (bench/RESULTS.md). BENCH_ARGS=--quick
# for a smoke run, or name some: BENCH_ARGS="overhead reopen".
BENCH_ARGS ?=
bench: $(VENV)/.installed-dev
	$(PY) -m bench $(BENCH_ARGS)

# dist/hearth/ (one folder), its --self-test, and dist/hearth-<version>-<os>-<arch>.tar.gz.
# PACKAGE_ARGS=--bundle-starter ships the starter model; see packaging/README.md.
PACKAGE_ARGS ?=
$(VENV)/.installed-package: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install -e ".[starter,dev,package]"
	touch $@ $(VENV)/.installed-dev $(VENV)/.installed-app

package: $(VENV)/.installed-package
	$(PY) packaging/build.py $(PACKAGE_ARGS)

# The slow tests build the frozen app, so they need PyInstaller too.
test-slow: $(VENV)/.installed-package

clean-venv:
	rm -rf $(VENV)

# Window languages: collect the strings of app/ui into resources/translations/hearth_<lang>.ts
# (translations already made are kept) and compile them to the .qm files Hearth ships.
LANGUAGES := de fr es ja zh_CN
translations: $(VENV)/.installed-dev
	for lang in $(LANGUAGES); do \
	  $(BIN)/pyside6-lupdate app/ui/*.py -ts resources/translations/hearth_$$lang.ts -target-language $$lang && \
	  $(BIN)/pyside6-lrelease resources/translations/hearth_$$lang.ts -qm resources/translations/hearth_$$lang.qm; \
	done

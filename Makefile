# GCM Archive — `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCALES := fr vi
POT    := resources/locale/gcm-archive.pot
MOS    := $(foreach l,$(LOCALES),resources/locale/$(l)/LC_MESSAGES/gcm-archive.mo)

.PHONY: run test lint typecheck pytest catalogs messages system-deps clean screenshot

run: $(STAMP) catalogs
	$(BIN)/gcm-archive gui

test: $(STAMP) catalogs lint typecheck pytest

system-deps:
	@sh packaging/system-deps.sh

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

catalogs: $(STAMP) $(MOS)

resources/locale/%/LC_MESSAGES/gcm-archive.mo: resources/locale/%/LC_MESSAGES/gcm-archive.po
	$(BIN)/pybabel compile --use-fuzzy -D gcm-archive -d resources/locale -l $* --statistics

# Refresh the template and the catalogs after changing user-visible strings.
messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _ -k N_ -k ngettext:1,2 --no-location \
	    --project "GCM Archive" -o $(POT) desktop
	for l in $(LOCALES); do \
	    $(BIN)/pybabel update -D gcm-archive -i $(POT) -d resources/locale -l $$l --no-fuzzy-matching; \
	done

lint: $(STAMP)
	$(BIN)/ruff check desktop tests $(wildcard bench)
	$(BIN)/ruff format --check desktop tests $(wildcard bench)

typecheck: $(STAMP)
	$(BIN)/mypy desktop/core desktop/db desktop/cli

pytest: $(STAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

screenshot: $(STAMP) catalogs
	$(BIN)/gcm-archive gui --screenshot docs/screenshot.png --size 1360x820

clean:
	rm -rf $(VENV) build *.egg-info $(MOS)

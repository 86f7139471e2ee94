# GCM Archive — `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements.lock
# `make lock` resolves with uv, kept in a venv of its own (never in the app's).
LOCKVENV := .venv-lock
UV_SPEC  := uv>=0.9,<1
LOCALES := fr vi
POT    := resources/locale/gcm-archive.pot
MOS    := $(foreach l,$(LOCALES),resources/locale/$(l)/LC_MESSAGES/gcm-archive.mo)

.PHONY: run test lint typecheck pytest catalogs messages system-deps test-deps lock \
	check-install clean screenshot

run: $(STAMP) catalogs
	$(BIN)/gcm-archive gui

test: $(STAMP) test-deps catalogs lint typecheck pytest

# Debian/Ubuntu packages Qt needs (as root: installed; otherwise: listed).
system-deps:
	@sh packaging/system-deps.sh

# The same, plus Xvfb and xdotool for the test of the real start.
test-deps:
	@sh packaging/system-deps.sh --test

# The exact, hashed versions of every dependency (dev tools included), for Linux, macOS
# and Windows, Python 3.11+. pip of the venv installs them as they are, with --no-deps:
# the lock holds the whole closure, and without it pip would still resolve a dependency's
# extras (justext's lxml[html_clean]) against the index's newest release. pip check below
# proves the closure complete.
$(STAMP): pyproject.toml $(LOCK)
	@$(MAKE) --no-print-directory system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@$(BIN)/python -m pip check >/dev/null || { $(BIN)/python -m pip check; \
	    echo "$(LOCK) does not match pyproject.toml: run 'make lock'" >&2; exit 1; }
	touch $(STAMP)

# Refresh the lock file after changing the dependencies in pyproject.toml.
lock:
	test -x $(LOCKVENV)/bin/uv || { $(PYTHON) -m venv $(LOCKVENV) && \
	    $(LOCKVENV)/bin/python -m pip install --quiet '$(UV_SPEC)'; }
	$(LOCKVENV)/bin/uv pip compile pyproject.toml --extra dev --universal \
	    --python-version 3.11 --generate-hashes --quiet --output-file $(LOCK)

catalogs: $(STAMP) $(MOS)

resources/locale/%/LC_MESSAGES/gcm-archive.mo: resources/locale/%/LC_MESSAGES/gcm-archive.po
	$(BIN)/pybabel compile --use-fuzzy -D gcm-archive -d resources/locale -l $* --statistics

# `pip install .` in a new venv with the stock pip of $(PYTHON), then a web page imported.
check-install:
	PYTHON=$(PYTHON) sh packaging/check-install.sh

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
	$(BIN)/mypy desktop/core desktop/db desktop/cli desktop/ui

# One worker per core (pytest-xdist), a test file's tests in one worker; the closing
# line counts every test of every worker, and any failure fails the run.
pytest: $(STAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n auto --dist loadfile

screenshot: $(STAMP) catalogs
	$(BIN)/gcm-archive gui --screenshot docs/screenshot.png --size 1360x820

clean:
	rm -rf $(VENV) $(LOCKVENV) build *.egg-info $(MOS)

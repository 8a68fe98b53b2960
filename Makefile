# Banso Desktop — set-up, run and test with two commands:
#   make run    open the app on your local database
#   make test   run the whole test suite
# Both create .venv, install the package and (as root on Debian) the system
# libraries Qt and the tests need, and compile the translations, when missing.

SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
# The first Python >= 3.11 on PATH.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)

# Debian packages: Qt offscreen/xcb runtime libraries, pdftoppm/pdffonts for PDF checks,
# and the PostgreSQL server the office-sync tests start (tests/sync/pg.py).
DEBIAN_PACKAGES := libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 \
	libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 poppler-utils postgresql

STAMP := $(VENV)/.installed
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test reliability bench bundle setup system-packages translations i18n-update clean

run: setup
	$(BIN)/banso gui

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The fault battery at full size (100 kills, 50 cut syncs, 10,000 malformed inputs…).
reliability: setup
	QT_QPA_PLATFORM=offscreen BANSO_FULL_BATTERY=1 $(BIN)/python -m pytest -m reliability $(PYTEST_ARGS)

# The speed figures of the README (banso bench); BENCH_ARGS="--companies 2000" for a quick run.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/banso bench $(BENCH_ARGS)

# The installer bundle (build.spec): a one-folder app in dist/banso/, checked by running
# its own self-test. `dist/banso/banso gui` starts it; ship the whole dist/banso folder.
bundle: setup
	@$(BIN)/python -c 'import PyInstaller' 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	dist/banso/banso --self-test
	@du -sh dist/banso

setup: system-packages $(STAMP) translations

system-packages:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
		for p in $(DEBIAN_PACKAGES); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
		done; \
	fi; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing Debian packages:$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "Note: these Debian packages are missing: $$missing"; \
			echo "      install them with: sudo apt-get install$$missing"; \
		fi; \
	fi

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (python3.11 on PATH)."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
		echo "Could not create $(VENV): on Debian install python3-venv."; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

translations: $(QM)

i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: refresh the .ts catalogues, then translate the
# new entries (Qt Linguist: $(BIN)/pyside6-linguist i18n/banso_ja.ts). A test fails
# while a .ts is out of date or a Japanese translation is missing.
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find banso_desktop -name '*.py' | sort) \
		-ts i18n/banso_ja.ts i18n/banso_en.ts

clean:
	rm -rf $(VENV) i18n/*.qm build dist *.egg-info

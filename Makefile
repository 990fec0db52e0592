# Two commands do all the set-up: `make run` and `make test`. Both create .venv if missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)



.PHONY: run test lint typecheck pytest bench fuzz package package-test clean catalogues

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# The compiled gettext catalogues (.mo) are built, never committed (docs/translating.md).
CATALOGUES := $(wildcard src/aluna_field/locale/*/LC_MESSAGES/aluna_field.po)
catalogues: $(STAMP) $(CATALOGUES:.po=.mo)

src/aluna_field/locale/%/LC_MESSAGES/aluna_field.mo: src/aluna_field/locale/%/LC_MESSAGES/aluna_field.po
	$(BIN)/python tools/l10n_catalogue.py compile

run: catalogues
	QT_QPA_PLATFORM= $(BIN)/aluna-field

lint: $(STAMP)
	$(BIN)/ruff check src tests bench packaging fuzz tools
	$(BIN)/ruff format --check src tests bench packaging fuzz tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench.run_all $(BENCH_ARGS)

# Coverage-guided fuzzing (atheris) of the card, roster and bundle readers, FUZZ_SECONDS
# each; not part of `make test` or CI. Corpora and findings go to build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_HARNESSES ?= card roster bundle
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p build/fuzz
	for h in $(FUZZ_HARNESSES); do \
		echo "== fuzz $$h ($(FUZZ_SECONDS) s)"; \
		$(BIN)/python -m fuzz.fuzz_$$h -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=build/fuzz/$$h- build/fuzz/corpus-$$h 2>build/fuzz/$$h.log \
			|| { tail -n 40 build/fuzz/$$h.log; exit 1; }; \
		grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' build/fuzz/$$h.log; \
	done

# One-folder build of the app for Linux in dist/aluna-field (see packaging/README.md).
package: catalogues
	$(BIN)/python -m pip install --quiet -e ".[package]"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/linux/aluna-field.spec

package-test:
	$(BIN)/python packaging/smoke_test.py dist/aluna-field

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

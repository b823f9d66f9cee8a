# Quick start:  make run   (set up on first use, then open the app)
#               make test  (set up on first use, then lint, type-check and run every test headless)
#               make check (the fast lane: lint, types, and the tests that need no window, in seconds)
.PHONY: run test check lint sandbox bundle deb windows bench catalogue clean

run:
	@scripts/setup.sh gui
	.venv/bin/python main.py $(ARGS)

test:
	@scripts/setup.sh test
	.venv/bin/ruff check .
	.venv/bin/mypy
	.venv/bin/python -m pytest

check:  # the fast lane (under 30 s warm): lint, types, and every test but the window's and end-to-end ones
	@scripts/setup.sh test
	.venv/bin/ruff check .
	.venv/bin/mypy
	HYPOTHESIS_PROFILE=check .venv/bin/python -m pytest tests/core tests/services tests/sandbox tests/ui tests/house tests/qt \
	  -q -n 2 -p no:randomly

sandbox:
	@scripts/setup.sh gui
	.venv/bin/python -m xauth_gui.sandbox --port 8780

bundle:  # dist/xauth-gui/ (onedir) and dist/bare-window/ (the floor for the frozen benchmarks)
	@scripts/setup.sh test
	.venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
	.venv/bin/pyinstaller --noconfirm --log-level WARN bare.spec

deb:  # dist/xauth-gui_<version>_<arch>.deb
	@scripts/setup.sh test
	.venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
	scripts/make_deb.sh

windows:  # dist/windows/xauth-gui-<version>-setup.exe, built under Wine (the toolchain is cached; needs root)
	@scripts/setup.sh test
	scripts/windows.sh build

catalogue:  # resources/x-api/catalogue.json and sandbox-answers.json from X's OpenAPI description in specs/x-api/
	@scripts/setup.sh test
	.venv/bin/python scripts/make_catalogue.py

bench:
	@scripts/setup.sh test
	.venv/bin/python -m bench.run

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache

# Quick start:  make run   (set up on first use, then open the app)
#               make test  (set up on first use, then lint, type-check and run every test headless)
.PHONY: run test lint sandbox clean

run:
	@scripts/setup.sh gui
	.venv/bin/python main.py $(ARGS)

test:
	@scripts/setup.sh test
	.venv/bin/ruff check .
	.venv/bin/mypy
	.venv/bin/python -m pytest

sandbox:
	@scripts/setup.sh gui
	.venv/bin/python -m xauth_gui.sandbox --port 8780

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache

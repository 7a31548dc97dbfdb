# Shortcuts for development (README.md, "Development"); CI runs .ci/run.
.PHONY: test test-all slow lint ci bench readme

# The fast default: everything but the slow tests (the wheel, the benchmark smoke).
test:
	python -m pytest -m "not slow"

slow:
	python -m pytest -m slow

test-all:
	python -m pytest

lint:
	ruff check . && ruff format --check . && mypy

ci:
	bash .ci/run

bench:
	python bench/run.py

readme:
	JZFACTS_UPDATE_README=1 python -m pytest tests/test_readme.py

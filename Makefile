# Shortcuts for development; CI runs .ci/run (README's test command).
.PHONY: test lint bench readme

test:
	python -m pytest

lint:
	ruff check . && ruff format --check . && mypy

bench:
	python bench/run.py

readme:
	JZFACTS_UPDATE_README=1 python -m pytest tests/test_readme.py

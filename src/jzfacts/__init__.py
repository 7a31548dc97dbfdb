"""jzfacts: cited answers about the Jinzhong Development Zone's 2022 year-end review."""

__version__ = "0.1.0"

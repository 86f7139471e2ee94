"""Utilities: where files are, how text is folded. Imports nothing from ``desktop``."""

"""Moved to rules/reports/ (one module per document, mirroring core/reports/); this name stays only until the dock
imports deadline_view from there."""
from .reports.atlas import deadline_view  # noqa: F401

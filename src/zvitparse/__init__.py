"""zvitparse: figures from Ukrainian social-service reports, normalized and audited."""

from __future__ import annotations

from zvitparse.model import Document, Fact, Finding, Report

__version__ = "0.1.0"

__all__ = ["Document", "Fact", "Finding", "Report", "parse", "read", "to_frame", "__version__"]


def __getattr__(name: str):
    # Lazy: importing zvitparse must stay cheap (spaCy loads only when parsing starts).
    if name in ("parse", "to_frame"):
        from zvitparse import api

        return getattr(api, name)
    if name == "read":
        from zvitparse.read import read_path

        return read_path
    raise AttributeError(name)

"""Turn a `Report` into the rows the store writes, and the keys that decide identity.

Pure functions, no database: which rendition of a report is the primary one, what text key
makes two renditions one document, what centre a document belongs to.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

import regex

from zvitparse.model import Fact, Finding, Report

# Which rendition's facts a document keeps when it was found in several files: the one with
# the cleanest text (no page furniture, no markup), then the smallest path, so the choice does
# not depend on the order files were written in.
FORMAT_RANK = {"txt": 0, "docx": 1, "html": 2, "pdf": 3}

_WS_OR_DASH = regex.compile(r"[\s\p{Pd}\u00ad]+")
_KEY_WS = regex.compile(r'[\s"«».,]+')


def text_key(text: str) -> str:
    """The identity of a report's text across renditions: sha1 of the text without whitespace
    and dashes (a PDF breaks «соціально-психологічний» at the hyphen). Only characters are
    dropped, never lines, so two texts the reader gives one doc_id always share this key too;
    page furniture is the readers' job."""
    return hashlib.sha1(_WS_OR_DASH.sub("", text).encode("utf-8")).hexdigest()[:16]


def source_rank(fmt: str | None, path: str) -> tuple[int, str]:
    return (FORMAT_RANK.get((fmt or "").lower(), len(FORMAT_RANK)), path)


def _fallback_centre_id(meta: dict[str, Any]) -> str | None:
    """`settlement|centre_type|centre`, case-folded with spaces and quotes unified."""
    parts = [meta.get("settlement"), meta.get("centre_type"), meta.get("centre")]
    if not any(parts):
        return None
    return "|".join(_KEY_WS.sub(" ", str(p or "").casefold().replace("’", "'")).strip() for p in parts)


def centre_id(meta: dict[str, Any]) -> str | None:
    """The centre a document belongs to: `zvitparse.names.centre_id` when it exists (it knows
    the many spellings of one centre), else a normalized `settlement|centre_type|centre` key.
    A `centre_id` the metadata extractor already put in `meta` wins."""
    if meta.get("centre_id"):
        return str(meta["centre_id"])
    try:
        from zvitparse.names import centre_id as named
    except ImportError:
        return _fallback_centre_id(meta)
    if not any(meta.get(k) for k in ("settlement", "centre_type", "centre")):
        return None
    try:
        return named(meta)
    except ImportError:  # a module it relies on (the gazetteer) is not there
        return _fallback_centre_id(meta)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def fact_row(doc_id: str, seq: int, f: Fact) -> tuple:
    value = f.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # SPEC §2: ints as ints
    return (doc_id, seq, f.fact_id, f.indicator, value, _num(value), f.unit, f.percent, f.service,
            f.criterion, f.kekv, f.category, f.district, f.label, f.parent_id, f.group_id,
            f.start, f.end, f.page, f.quote, f.extractor, f.confidence)


def finding_row(doc_id: str, seq: int, f: Finding) -> tuple:
    return (doc_id, seq, f.finding_id, f.rule, f.severity, f.message, _json(f.reported),
            _json(f.expected), _json(list(f.fact_ids)), f.start, f.end, f.quote)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None  # a page count the reader could not tell is unknown, not a failed write


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def document_row(report: Report, *, key: str, source: str, content_hash: str, reader: str | None,
                 url: str | None, scraped_at: str | None) -> dict[str, Any]:
    """The `documents` row of a report; source bookkeeping columns are filled in later."""
    meta = report.meta or {}
    doc = report.document
    fmt = meta.get("format") or (doc.format if doc else None)
    pages = meta.get("pages") if meta.get("pages") is not None else (doc.pages if doc else None)
    return {
        "doc_id": report.doc_id, "text_key": key, "centre_id": centre_id(meta),
        "centre": meta.get("centre"), "centre_type": meta.get("centre_type"),
        "settlement": meta.get("settlement"), "oblast": meta.get("oblast"),
        "report_kind": meta.get("report_kind"),
        "period_start": _iso(meta.get("period_start")), "period_end": _iso(meta.get("period_end")),
        "published": _iso(meta.get("published")), "format": fmt,
        "encoding": meta.get("encoding") or (doc.encoding if doc else None),
        "pages": _int(pages),
        "reader": reader or fmt, "source": source, "content_hash": content_hash,
        "url": url, "scraped_at": scraped_at, "source_paths": "[]", "n_sources": 0,
        "text_chars": len(doc.text) if doc else None,
        "n_facts": len(report.facts), "n_findings": len(report.findings),
        "n_errors": len(report.errors), "coverage": _json(report.coverage or None),
    }

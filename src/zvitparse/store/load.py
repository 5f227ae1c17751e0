"""Reading the database back as `Report`s (metadata, facts, findings; no document text), so
anything written for reports — `to_frame`, the batch audit rules — runs on a built database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from zvitparse.model import META_FIELDS, Fact, Finding, Report

if TYPE_CHECKING:
    from zvitparse.store.core import Store

_FACT_FIELDS = ("fact_id", "indicator", "value", "unit", "start", "end", "quote", "extractor", "confidence",
                "percent", "service", "criterion", "kekv", "category", "district", "label", "parent_id",
                "group_id", "page")
_FINDING_FIELDS = ("finding_id", "rule", "severity", "message", "reported", "expected", "fact_ids", "start",
                   "end", "quote")


def _value(value: Any, num: float | None) -> Any:
    # DuckDB keeps `value` as text; the number beside it says what it was
    if isinstance(value, str) and num is not None:
        return int(num) if float(num).is_integer() and "." not in value else float(num)
    return value


def _loads(text: str | None) -> Any:
    return json.loads(text) if text is not None else None


def iter_reports(db: Store, doc_ids: set[str] | None = None) -> Iterator[Report]:
    """Every stored document (or those of `doc_ids`) as a Report, in doc_id order."""
    meta_cols = ", ".join(META_FIELDS)
    _, docs = db.query(f"SELECT doc_id, source, centre_id, {meta_cols} FROM documents ORDER BY doc_id")
    for doc_id, source, centre_id, *meta_values in docs:
        if doc_ids is not None and doc_id not in doc_ids:
            continue
        meta = {k: v for k, v in zip(META_FIELDS, meta_values, strict=True) if v is not None}
        if centre_id is not None:
            meta["centre_id"] = centre_id
        cols = ", ".join(f'"{c}"' for c in _FACT_FIELDS)
        _, fact_rows = db.query(f"SELECT {cols}, value_num FROM facts WHERE doc_id = ? ORDER BY seq", (doc_id,))
        facts = []
        for row in fact_rows:
            d = dict(zip(_FACT_FIELDS, row[:-1], strict=True))
            d["value"] = _value(d["value"], row[-1])
            facts.append(Fact(**d))
        cols = ", ".join(f'"{c}"' for c in _FINDING_FIELDS)
        _, finding_rows = db.query(f"SELECT {cols} FROM findings WHERE doc_id = ? ORDER BY seq", (doc_id,))
        findings = []
        for row in finding_rows:
            d = dict(zip(_FINDING_FIELDS, row, strict=True))
            d.update(reported=_loads(d["reported"]), expected=_loads(d["expected"]),
                     fact_ids=tuple(_loads(d["fact_ids"]) or ()))
            findings.append(Finding(**d))
        _, errors = db.query("SELECT stage, reason FROM errors WHERE path = ? ORDER BY stage", (source,))
        yield Report(doc_id=doc_id, source=source, meta=meta, facts=facts, findings=findings,
                     errors=[{"stage": s, "reason": r} for s, r in errors])


def sharing_centre_period(db: Store) -> set[str]:
    """The documents that share their centre and period with another (read from metadata only:
    the facts of the others are never loaded)."""
    from collections import defaultdict

    from zvitparse.audit.rules_conflict import centre_period

    meta_cols = ", ".join(META_FIELDS)
    _, docs = db.query(f"SELECT doc_id, source, {meta_cols} FROM documents ORDER BY doc_id")
    groups: dict[tuple, list[str]] = defaultdict(list)
    for doc_id, source, *meta_values in docs:
        meta = {k: v for k, v in zip(META_FIELDS, meta_values, strict=True) if v is not None}
        cp = centre_period(Report(doc_id=doc_id, source=source, meta=meta))
        if cp is not None:
            groups[cp].append(doc_id)
    return {d for ids in groups.values() if len(ids) > 1 for d in ids}

"""The output tables: one row per fact with the document's metadata (SPEC §2, §5), the
documents, findings and errors, and the wide comparison table (centre × period rows,
indicator/unit/service columns). Built either from reports in memory (`extract`) or from the
regional database (`export`); written by `zvitparse.export.writers`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from zvitparse.model import META_FIELDS, Fact, Report

if TYPE_CHECKING:
    import pandas as pd

    from zvitparse.store import Store

FACT_COLUMNS = ("doc_id", "source", "fact_id", "indicator", "value", "unit", "percent", "service",
                "criterion", "kekv", "category", "district", "label", "parent_id", "group_id",
                "start", "end", "page", "quote", "extractor", "confidence")
LONG_COLUMNS = FACT_COLUMNS + META_FIELDS + ("centre_id",)
FINDING_COLUMNS = ("doc_id", "source", "finding_id", "rule", "severity", "message", "reported", "expected",
                   "fact_ids", "start", "end", "quote")
WIDE_INDEX = ("centre_id", "centre", "settlement", "centre_type", "period_start", "period_end")
# a wide column is `indicator/unit[/service][/criterion][/kekv][/label]`
WIDE_KEY_PARTS = ("indicator", "unit", "service", "criterion", "kekv", "label")
# SPEC §3 order, so the wide table reads like a report: who came, who was served, outcomes, then
# shares, ratings and money. Ids the vocabulary adds later go after these, alphabetically.
INDICATOR_ORDER = (
    "applied", "notified", "needs_assessed", "in_difficult_circumstances", "registered", "registered_new",
    "deregistered", "served", "services_provided", "support_started", "support_completed", "support_ongoing",
    "outcome_positive", "outcome_minimized", "outcome_negative", "outcome_other", "survey_respondents",
    "complaints", "staff_positions", "staff_actual", "staff_trained", "events", "event_participants", "calls",
    "share", "satisfaction", "rating", "budget_approved", "budget_spent", "budget_savings", "budget_received",
    "aid_value",
)
_RANK = {ind: i for i, ind in enumerate(INDICATOR_ORDER)}

# Whole-number columns that pandas would turn to floats (1.0) as soon as one row lacks a value.
INT_COLUMNS = frozenset({"start", "end", "page", "pages", "seq", "n_facts", "n_findings", "n_errors",
                         "n_sources", "text_chars", "n_documents", "n_values"})


def _tidy(df: pd.DataFrame) -> pd.DataFrame:
    for col in df.columns:
        if col in INT_COLUMNS and df[col].dtype.kind in "fO":
            df[col] = df[col].astype("Int64")
    return df


def _centre_id(meta: dict[str, Any]) -> str | None:
    from zvitparse.store import centre_id

    return centre_id(meta)


def _meta_values(report: Report) -> dict[str, Any]:
    meta = {k: _plain(report.meta.get(k)) for k in META_FIELDS}
    meta["centre_id"] = _centre_id(report.meta)
    return meta


def _plain(value: Any) -> Any:
    """Dates and other objects as ISO strings, so every format holds the same text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _fact_dict(report: Report, fact: Fact) -> dict[str, Any]:
    d = fact.to_dict()
    d["doc_id"], d["source"] = report.doc_id, report.source
    return {c: d.get(c) for c in FACT_COLUMNS}


def fact_rows(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """One dict per fact: the SPEC §2 columns, then the §5 metadata and `centre_id`."""
    out = []
    for report in reports:
        meta = _meta_values(report)
        out.extend({**_fact_dict(report, f), **meta} for f in report.facts)
    return out


def report_record(report: Report) -> dict[str, Any]:
    """The JSONL object of one document."""
    return {"doc_id": report.doc_id, "source": report.source,
            "meta": {k: _plain(v) for k, v in report.meta.items()},
            "facts": [f.to_dict() for f in report.facts],
            "findings": [f.to_dict() for f in report.findings],
            "errors": list(report.errors)}


def report_json(report: Report) -> str:
    return json.dumps(report_record(report), ensure_ascii=False, default=str)


def tables_from_reports(reports: list[Report]) -> dict[str, pd.DataFrame]:
    """facts, documents, findings and errors of reports parsed in memory."""
    import pandas as pd

    docs, findings, errors = [], [], []
    for r in reports:
        docs.append({"doc_id": r.doc_id, "source": r.source, **_meta_values(r), "n_facts": len(r.facts),
                     "n_findings": len(r.findings), "n_errors": len(r.errors)})
        for f in r.findings:
            d = f.to_dict()
            d.update(doc_id=r.doc_id, source=r.source, fact_ids=" ".join(f.fact_ids),
                     reported=_cell_json(f.reported), expected=_cell_json(f.expected))
            findings.append({c: d.get(c) for c in FINDING_COLUMNS})
        errors.extend({"source": r.source, "stage": e.get("stage"), "reason": e.get("reason")} for e in r.errors)
    tables = {
        "facts": pd.DataFrame(fact_rows(reports), columns=list(LONG_COLUMNS)),
        "documents": pd.DataFrame(docs, columns=["doc_id", "source", *META_FIELDS, "centre_id", "n_facts",
                                                 "n_findings", "n_errors"]),
        "findings": pd.DataFrame(findings, columns=list(FINDING_COLUMNS)),
        "errors": pd.DataFrame(errors, columns=["source", "stage", "reason"]),
    }
    return {name: _tidy(df) for name, df in tables.items()}


def _cell_json(value: Any) -> Any:
    return value if value is None or isinstance(value, int | float | str) else json.dumps(value, ensure_ascii=False)


def _typed(value: Any, num: Any) -> Any:
    """A stored value as the SPEC has it: ints as ints, ratings as text (DuckDB keeps text only)."""
    if not isinstance(value, str) or num is None or num != num:
        return value
    return int(num) if float(num).is_integer() and "." not in value else float(num)


def tables_from_store(store: Store) -> dict[str, pd.DataFrame]:
    """Every table of the database, plus the wide comparison table, ready to write."""
    facts = store.frame("SELECT * FROM facts_long ORDER BY doc_id, seq")
    if len(facts):
        facts["value"] = [_typed(v, n) for v, n in zip(facts["value"], facts["value_num"], strict=True)]
    facts = facts[[*LONG_COLUMNS, "url"]]
    docs = store.frame("SELECT * FROM documents ORDER BY doc_id").drop(columns=["text_key"])
    docs["source_paths"] = ["; ".join(json.loads(p)) for p in docs["source_paths"]]
    findings = store.frame(
        "SELECT f.doc_id, d.source, f.finding_id, f.rule, f.severity, f.message, f.reported, f.expected, "
        "f.fact_ids, f.start, f.\"end\", f.quote, d.centre_id, d.settlement, d.period_start, d.period_end "
        "FROM findings f JOIN documents d ON d.doc_id = f.doc_id ORDER BY f.doc_id, f.seq")
    errors = store.frame("SELECT path AS source, stage, reason, content_hash FROM errors ORDER BY path, stage")
    indicators = store.frame("SELECT * FROM indicators ORDER BY centre_id, period_start, period_end, "
                             "indicator, unit, service, criterion, kekv, label")
    if len(indicators):
        indicators["value"] = [_typed(v, n) for v, n in zip(indicators["value"], indicators["value_num"],
                                                            strict=True)]
    tables = {"facts": facts, "wide": wide_table(indicators), "indicators": indicators,
              "centres": centre_table(store), "documents": docs, "findings": findings, "errors": errors}
    return {name: _tidy(df) for name, df in tables.items()}


def centre_table(store: Store) -> pd.DataFrame:
    """The `centres` view with every spelling of each centre's name (most documents first), so
    an analyst sees which names one `centre_id` gathered."""
    centres = store.frame("SELECT * FROM centres ORDER BY settlement, centre_id")
    _, rows = store.query("SELECT centre_id, centre, count(*) FROM documents WHERE centre_id IS NOT NULL "
                          "AND centre IS NOT NULL GROUP BY centre_id, centre ORDER BY centre_id, 3 DESC, centre")
    names: dict[str, list[str]] = {}
    for cid, name, _n in rows:
        names.setdefault(cid, []).append(name)
    centres.insert(1, "centre", [(names.get(c) or [None])[0] for c in centres["centre_id"]])
    centres["names"] = [" | ".join(names.get(c, [])) for c in centres["centre_id"]]
    return centres


def wide_key(row: dict[str, Any]) -> str:
    return "/".join(str(row[p]) for p in WIDE_KEY_PARTS if row.get(p) not in (None, ""))


def wide_table(indicators: pd.DataFrame) -> pd.DataFrame:
    """Rows centre × period, one column per indicator/unit/service (criterion, kekv): the
    comparison table. Built by hand, not `pivot`, which drops rows whose key holds a null."""
    import pandas as pd

    rows: dict[tuple, dict[str, Any]] = {}
    columns: dict[str, tuple] = {}
    for rec in indicators.to_dict("records"):
        rec = {k: (None if v is None or v != v else v) for k, v in rec.items()}  # NaN → None
        key = tuple(rec.get(c) for c in WIDE_INDEX)
        col = wide_key(rec)
        columns[col] = (_RANK.get(rec["indicator"], len(_RANK)), rec["indicator"], col)
        row = rows.setdefault(key, dict(zip(WIDE_INDEX, key, strict=True)))
        row[col] = _typed(rec.get("value"), rec.get("value_num"))
    ordered = sorted(rows.values(), key=lambda r: tuple(str(r.get(c) or "") for c in
                                                          ("settlement", "centre_id", "period_start", "period_end")))
    # object columns: a count stays 367, not 367.0, in a column where some centres have no value
    return pd.DataFrame(ordered, columns=[*WIDE_INDEX, *sorted(columns, key=columns.__getitem__)], dtype=object)

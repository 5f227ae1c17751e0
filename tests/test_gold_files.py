"""Every gold annotation file must be well formed and its evidence must be in its document.

Gold files are the yardstick of the extractor (SPEC §7), so a typo in one (an unknown id, a
quote that is not in the text, a dangling parent) silently skews every score. Checked here:
known keys, SPEC §3/§4 ids, vocabulary ids, parent and group links, unique ids, and every
quote found in the document's text (whitespace-insensitive, apostrophes unified).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"

# SPEC §3 (core indicator ids) and §4 (units, plus `complaints` as the seed golds use it).
INDICATORS = frozenset({
    "applied", "notified", "needs_assessed", "in_difficult_circumstances", "registered",
    "registered_new", "deregistered", "served", "services_provided", "support_started",
    "support_completed", "support_ongoing", "outcome_positive", "outcome_minimized",
    "outcome_negative", "outcome_other", "survey_respondents", "complaints", "staff_positions",
    "staff_actual", "staff_trained", "events", "event_participants", "calls",
    "share", "satisfaction", "rating", "budget_approved", "budget_spent", "budget_savings",
    "budget_received", "aid_value",
})
UNITS = frozenset({
    "families", "persons", "children", "families_persons", "recipients", "services", "staff",
    "positions", "applications", "complaints", "events", "calls", "percent", "uah", "rating",
})
RATINGS = frozenset({"good", "satisfactory", "unsatisfactory"})
PERCENT_INDICATORS = frozenset({"share", "satisfaction"})
MONEY_INDICATORS = frozenset({"budget_approved", "budget_spent", "budget_savings", "budget_received", "aid_value"})
CENTRE_TYPES = frozenset({"css", "tcso", "cnsp", "uszn", "other"})
REPORT_KINDS = frozenset({"internal_assessment", "external_assessment", "annual_report", "period_report", "other"})
AUDIT_RULES = frozenset({
    "percent_mismatch", "percent_impossible", "percents_sum", "parts_sum", "table_arithmetic",
    "percent_range", "rating_band", "stale_period", "internal_conflict", "cross_document",
})

TOP_KEYS = frozenset({"doc", "meta", "meta_alt", "facts", "audit", "audit_proposed", "checks_passed", "audit_uncertain",
                      "skipped", "notes"})
META_KEYS = frozenset({"settlement", "centre", "centre_type", "oblast", "report_kind", "period_start",
                       "period_end", "published", "format", "encoding", "pages"})
FACT_KEYS = frozenset({
    "id", "indicator", "unit", "value", "quote", "percent", "service", "criterion", "kekv",
    "category", "district", "label", "parent_id", "parent_quote", "group", "alt", "unit_alt",
    "uncertain", "note",
})
AUDIT_KEYS = frozenset({"rule", "severity", "quote", "reported", "expected", "fact_ids", "note"})
SKIPPED_KEYS = frozenset({"quote", "values", "reason"})
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u02bc`\u2032\u2018\u02b9\uff07"})
TEXT_FORMATS = frozenset({".txt"})


def _gold_files() -> list[tuple[Path, Path]]:
    """(gold file, folder its documents live in) for the project's and the shared gold."""
    pairs = [(g, ROOT / "corpus" / "own") for g in sorted((ROOT / "corpus" / "gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "heldout") for g in sorted((ROOT / "corpus" / "heldout_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "blind") for g in sorted((ROOT / "corpus" / "blind_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "blind2") for g in sorted((ROOT / "corpus" / "blind2_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "blind3") for g in sorted((ROOT / "corpus" / "blind3_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "fresh") for g in sorted((ROOT / "corpus" / "fresh_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "fresh2") for g in sorted((ROOT / "corpus" / "fresh2_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "blind4") for g in sorted((ROOT / "corpus" / "blind4_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "blind5") for g in sorted((ROOT / "corpus" / "blind5_gold").glob("*.json"))]
    pairs += [(g, ROOT / "corpus" / "blind6") for g in sorted((ROOT / "corpus" / "blind6_gold").glob("*.json"))]
    pairs += [(g, SHARED / "seeds") for g in sorted((SHARED / "gold").glob("*.json"))]
    return pairs


GOLD = _gold_files()
IDS = [f"{g.parent.parent.name}/{g.name}" for g, _ in GOLD]


def _vocab_ids(name: str, column: str) -> frozenset[str] | None:
    path = SHARED / "vocab" / name
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row[column] for row in csv.DictReader(fh) if row[column])


SERVICES = _vocab_ids("services.csv", "id")
CRITERIA = _vocab_ids("criteria.csv", "id")
KEKV = _vocab_ids("kekv.csv", "code")


def _squash(s: str) -> str:
    """Drop all whitespace, unify apostrophes: the comparison the quote check uses."""
    return "".join(s.translate(APOSTROPHES).split())


def _document_text(path: Path) -> str:
    if path.suffix in TEXT_FORMATS:
        return path.read_text(encoding="utf-8")
    try:
        from zvitparse.read import read_path
    except ImportError as exc:  # the reader is written alongside this corpus
        pytest.skip(f"{path.suffix} needs zvitparse.read.read_path, not importable yet: {exc}")
    return read_path(path).text


def _load(gold: Path) -> dict:
    return json.loads(gold.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("gold", "docs"), GOLD, ids=IDS)
def test_structure(gold: Path, docs: Path) -> None:
    """Keys, ids and vocabularies: every problem of a file is reported at once."""
    data = _load(gold)
    problems: list[str] = []
    problems += [f"unknown top-level key {k!r}" for k in set(data) - TOP_KEYS]
    if not (docs / data.get("doc", "")).is_file():
        problems.append(f"document {data.get('doc')!r} not found in {docs}")
    meta = data.get("meta", {})
    problems += [f"unknown meta key {k!r}" for k in set(meta) - META_KEYS]
    problems += [f"meta lacks {k!r}" for k in ("settlement", "centre_type", "report_kind", "period_start", "period_end")
                 if k not in meta]
    if meta.get("centre_type") not in CENTRE_TYPES:
        problems.append(f"centre_type {meta.get('centre_type')!r}")
    if meta.get("report_kind") not in REPORT_KINDS:
        problems.append(f"report_kind {meta.get('report_kind')!r}")
    for k in ("period_start", "period_end", "published"):
        if k in meta and not ISO_DATE.match(str(meta[k])):
            problems.append(f"meta {k} {meta[k]!r} is not an ISO date")
    if meta.get("period_start", "") > meta.get("period_end", "9"):
        problems.append("period_start after period_end")
    problems += [f"unknown meta_alt key {k!r}" for k in set(data.get("meta_alt", {})) - META_KEYS]

    facts = data.get("facts", [])
    ids = [f.get("id") for f in facts]
    problems += [f"duplicate fact id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    known = set(ids)
    for f in facts:
        fid = f.get("id", "?")
        problems += [f"{fid}: unknown key {k!r}" for k in set(f) - FACT_KEYS]
        problems += [f"{fid}: lacks {k!r}" for k in ("id", "indicator", "unit", "value", "quote") if k not in f]
        ind, unit, value = f.get("indicator"), f.get("unit"), f.get("value")
        if ind not in INDICATORS:
            problems.append(f"{fid}: indicator {ind!r} not in SPEC §3")
        problems += [f"{fid}: alt {a!r} not in SPEC §3" for a in f.get("alt", []) if a not in INDICATORS]
        if unit not in UNITS:
            problems.append(f"{fid}: unit {unit!r} not in SPEC §4")
        if "unit_alt" in f and f["unit_alt"] not in UNITS:
            problems.append(f"{fid}: unit_alt {f['unit_alt']!r} not in SPEC §4")
        if (ind == "rating") != (unit == "rating"):
            problems.append(f"{fid}: rating indicator and unit go together")
        if ind == "rating" and value not in RATINGS:
            problems.append(f"{fid}: rating value {value!r}")
        if ind != "rating" and (isinstance(value, bool) or not isinstance(value, int | float)):
            problems.append(f"{fid}: value {value!r} is not a number")
        if ind in PERCENT_INDICATORS and unit != "percent":
            problems.append(f"{fid}: {ind} needs unit percent")
        if ind in MONEY_INDICATORS and unit != "uah":
            problems.append(f"{fid}: {ind} needs unit uah")
        if f.get("percent") is not None and not isinstance(f["percent"], int | float):
            problems.append(f"{fid}: percent {f['percent']!r} is not a number")
        if SERVICES is not None and f.get("service") is not None and f["service"] not in SERVICES:
            problems.append(f"{fid}: service {f['service']!r} not in vocab/services.csv")
        if CRITERIA is not None and f.get("criterion") is not None and f["criterion"] not in CRITERIA:
            problems.append(f"{fid}: criterion {f['criterion']!r} not in vocab/criteria.csv")
        if KEKV is not None and f.get("kekv") is not None and f["kekv"] not in KEKV:
            problems.append(f"{fid}: kekv {f['kekv']!r} not in vocab/kekv.csv")
        parent = f.get("parent_id")
        if parent is not None and (parent not in known or parent == fid):
            problems.append(f"{fid}: parent_id {parent!r} is not another fact")
    for section in ("audit", "audit_proposed", "audit_uncertain"):
        for i, a in enumerate(data.get(section, [])):
            problems += [f"{section}[{i}]: unknown key {k!r}" for k in set(a) - AUDIT_KEYS]
            if a.get("rule") not in AUDIT_RULES:
                problems.append(f"{section}[{i}]: rule {a.get('rule')!r}")
            if section != "audit_uncertain" and a.get("severity") not in ("error", "warning", "info"):
                problems.append(f"{section}[{i}]: severity {a.get('severity')!r}")
            problems += [f"{section}[{i}]: fact_ids {x!r} unknown" for x in a.get("fact_ids", []) if x not in known]
    for i, c in enumerate(data.get("checks_passed", [])):
        if isinstance(c, dict) and c.get("rule") not in AUDIT_RULES:
            problems.append(f"checks_passed[{i}]: rule {c.get('rule')!r}")
    for i, s in enumerate(data.get("skipped", [])):
        problems += [f"skipped[{i}]: unknown key {k!r}" for k in set(s) - SKIPPED_KEYS]
    assert not problems, f"{gold.name}:\n  " + "\n  ".join(problems)


def _quotes(data: dict, furniture: bool) -> list[tuple[str, str]]:
    """(where, quote) for every piece of evidence the gold file cites.

    `skipped` quotes of a web page may cite page furniture (menu, sidebar, footer) that a
    reader is free to drop, so they are checked only when `furniture` is set (plain text).
    """
    out = []
    for f in data.get("facts", []):
        out.append((f"fact {f.get('id')}", f.get("quote", "")))
        if f.get("parent_quote"):
            out.append((f"fact {f.get('id')} parent_quote", f["parent_quote"]))
    sections = ["audit", "audit_proposed", "audit_uncertain", "checks_passed"] + (["skipped"] if furniture else [])
    for section in sections:
        for i, a in enumerate(data.get(section, [])):
            if isinstance(a, dict) and a.get("quote"):
                out.append((f"{section}[{i}]", a["quote"]))
    return out


@pytest.mark.parametrize(("gold", "docs"), GOLD, ids=IDS)
def test_quotes_in_document(gold: Path, docs: Path) -> None:
    """Every quote is in the document's text (whitespace and apostrophes aside)."""
    data = _load(gold)
    path = docs / data["doc"]
    if not path.is_file():
        pytest.skip(f"{path} absent")
    text = _squash(_document_text(path))
    missing = [f"{where}: {q!r}" for where, q in _quotes(data, path.suffix in TEXT_FORMATS) if not q.strip() or _squash(q) not in text]
    assert not missing, f"{gold.name}: quotes not in {path.name}:\n  " + "\n  ".join(missing)


@pytest.mark.parametrize(("gold", "docs"), GOLD, ids=IDS)
def test_parent_quote_is_the_parents(gold: Path, docs: Path) -> None:
    """A `parent_quote` names the quote of the fact `parent_id` points at."""
    facts = {f["id"]: f for f in _load(gold).get("facts", []) if "id" in f}
    wrong = [fid for fid, f in facts.items()
             if f.get("parent_id") in facts and f.get("parent_quote")
             and _squash(f["parent_quote"]) != _squash(facts[f["parent_id"]]["quote"])]
    assert not wrong, f"{gold.name}: parent_quote differs from the parent's quote for {wrong}"


def test_one_gold_file_per_document() -> None:
    """Two gold files for one document would be scored twice."""
    docs = [(str(d), _load(g)["doc"]) for g, d in GOLD]
    dupes = sorted({doc for doc in docs if docs.count(doc) > 1})
    assert not dupes, f"documents with more than one gold file: {dupes}"

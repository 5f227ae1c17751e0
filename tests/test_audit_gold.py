"""The audit on the gold files: every gold `audit` item found, nothing on `checks_passed`,
no other error or warning.

The extractor is measured elsewhere; here each gold file is turned into a `Report` of real
`Fact` objects (gold id → fact_id, parent, group, percent …, offsets found by locating each
gold quote in the normalized seed text), so the audit is judged on the facts a perfect
extractor would give it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zvitparse.audit import audit_report
from zvitparse.model import Document, Fact, Report
from zvitparse.normalize import normalize_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# the real seeds (shared/) and our own reports in every format (corpus/own, gold in corpus/gold)
GOLD = sorted((SHARED / "gold").glob("*.json")) + sorted((CORPUS / "gold").glob("*.json"))
# gold items that are findings: `audit` plus the rule the gold proposes (internal_conflict)
FINDING_KEYS = ("audit", "audit_proposed")
# gold items that contradict SPEC §6 itself: 87,3 % of 47 is 41/47 = 87,23 % rounded up (ceiling),
# and §6 says ceiling must be accepted before a figure is called impossible
SPEC_DISAGREES = {("kovel_cnsp_external_2023", "percent_impossible")}


def _squeeze(s: str) -> tuple[str, list[int]]:
    """The text without whitespace, and for each kept character its offset in the text."""
    keep, pos = [], []
    for i, ch in enumerate(s):
        if not ch.isspace():
            keep.append(ch)
            pos.append(i)
    return "".join(keep), pos


def locate(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Span of `quote` in `text`, whitespace-insensitive; the occurrence nearest after `near`."""
    hay, pos = _squeeze(text)
    needle, _ = _squeeze(normalize_text(quote))
    if not needle:
        return None
    hits, i = [], hay.find(needle)
    while i >= 0:
        hits.append(i)
        i = hay.find(needle, i + 1)
    if not hits:
        return None
    after = [h for h in hits if pos[h] >= near]
    h = after[0] if after else hits[0]
    return pos[h], pos[h + len(needle) - 1] + 1


def _document(path: Path, gold: dict) -> Document:
    if path.parent.parent == CORPUS:  # our own reports come in every format: read them for real
        from zvitparse.read import read_path

        return read_path(CORPUS / "own" / gold["doc"])
    text = normalize_text((SHARED / "seeds" / gold["doc"]).read_text(encoding="utf-8"))
    return Document(source=gold["doc"], doc_id=path.stem, format="txt", encoding="utf-8", text=text)


def gold_report(path: Path) -> tuple[Report, dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = _document(path, gold)
    text = doc.text
    facts, last = [], 0
    for g in gold["facts"]:
        span = locate(text, g["quote"], near=max(0, last - 300))
        assert span, f"{path.name} {g['id']}: quote not in text"
        last = span[0]
        facts.append(Fact(
            fact_id=g["id"], indicator=g["indicator"], value=g["value"], unit=g["unit"],
            start=span[0], end=span[1], quote=text[span[0]:span[1]], extractor="gold",
            percent=g.get("percent"), service=g.get("service"), criterion=g.get("criterion"),
            kekv=g.get("kekv"), category=g.get("category"), district=g.get("district"),
            label=g.get("label"), parent_id=g.get("parent_id"), group_id=g.get("group"),
        ))
    meta = dict(gold.get("meta", {}))
    return Report(doc_id=path.stem, source=gold["doc"], meta=meta, facts=facts, document=doc), gold


def _items(gold: dict, key: str) -> list[dict]:
    return [i for i in gold.get(key, []) if isinstance(i, dict) and i.get("quote")]


def _overlaps(finding, span: tuple[int, int] | None) -> bool:
    return span is not None and finding.start < span[1] and span[0] < finding.end


def _spans(report: Report, items: list[dict]) -> list[tuple[dict, tuple[int, int] | None]]:
    text = report.document.text
    return [(i, locate(text, i["quote"])) for i in items]


pytestmark = pytest.mark.skipif(not GOLD, reason="shared/gold is not available")


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:12])
def test_every_gold_finding_is_found(path: Path) -> None:
    report, gold = gold_report(path)
    findings, _ = audit_report(report)
    for item, span in _spans(report, [i for k in FINDING_KEYS for i in _items(gold, k)]):
        if (path.stem, item["rule"]) in SPEC_DISAGREES:
            continue
        assert span, f"gold quote not located: {item['quote'][:60]}"
        hits = [f for f in findings if f.rule == item["rule"] and _overlaps(f, span)]
        assert hits, f"missed {item['rule']} on «{item['quote'][:70]}»"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:12])
def test_nothing_fires_on_checks_passed(path: Path) -> None:
    report, gold = gold_report(path)
    findings, _ = audit_report(report)
    # a finding that is a gold finding is no false alarm, even where a passed check shares its evidence
    wanted = _spans(report, [i for k in FINDING_KEYS for i in _items(gold, k)])
    findings = [f for f in findings if not any(f.rule == i["rule"] and _overlaps(f, s) for i, s in wanted)]
    for item, span in _spans(report, _items(gold, "checks_passed")):
        hits = [f for f in findings if f.rule == item["rule"] and _overlaps(f, span)]
        assert not hits, f"false alarm {item['rule']} on «{item['quote'][:70]}»: {hits[0].message}"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:12])
def test_no_other_error_or_warning(path: Path) -> None:
    report, gold = gold_report(path)
    findings, _ = audit_report(report)
    known = _spans(report, [i for k in (*FINDING_KEYS, "audit_uncertain") for i in _items(gold, k)])
    for f in findings:
        if f.severity == "info":
            continue
        assert any(f.rule == i["rule"] and _overlaps(f, s) for i, s in known), \
            f"unexpected {f.severity} {f.rule} on «{f.quote[:70]}»: {f.message}"


@pytest.mark.parametrize("path", [p for p in GOLD if p.parent.parent == SHARED], ids=lambda p: p.stem[:12])
def test_severity_matches_gold(path: Path) -> None:
    report, gold = gold_report(path)
    findings, _ = audit_report(report)
    for item, span in _spans(report, _items(gold, "audit")):
        hits = [f for f in findings if f.rule == item["rule"] and _overlaps(f, span)]
        assert item["severity"] in {f.severity for f in hits}, (item["quote"][:60], [f.severity for f in hits])


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:12])
def test_coverage_is_reported(path: Path) -> None:
    report, _ = gold_report(path)
    _, cov = audit_report(report)
    assert cov["figures_found"] > 0
    assert cov["checked"] <= cov["checkable"] <= cov["figures_found"] + cov["percents_found"]
    assert cov["not_testable"] == cov["checkable"] - cov["checked"]

"""Score extraction against the hand-made gold files (SPEC §7).

A predicted fact matches a gold fact when the indicator is the gold one or in its `alt`
list, the unit is the gold one (or its `unit_alt`), the value is equal (numbers compared
numerically), and every one of `service`, `criterion`, `kekv` that the gold fact sets is
equal. Matching is one-to-one and maximal (augmenting paths over the candidate pairs, tried
in order of how many further fields agree). Precision, recall and F1 are micro over all
documents. Metadata is scored field by field; audit findings match on rule and
overlapping evidence (for an `internal_conflict`, the evidence of either fact it names).
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zvitparse.model import Fact, Finding, Report
from zvitparse.normalize import fix_digit_lookalikes, fix_homoglyphs
from zvitparse.read.txt import BOX_BARS, BOX_JOINS, BOX_RULES

log = logging.getLogger(__name__)

KEYED_FIELDS = ("service", "criterion", "kekv")
# fields that do not decide a match but make one candidate pair better than another
PREFERENCE_FIELDS = ("percent", "category", "district", "label", "service", "criterion", "kekv")
NEUTRAL_AUDIT_KEYS = ("audit_uncertain", "audit_proposed")

_APOSTROPHES = re.compile("[’ʼ`′‘ꞌ']")
_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------- comparisons

def norm_text(value: Any) -> str:
    """Case-fold, unify apostrophes, collapse whitespace: how metadata is compared."""
    text = _APOSTROPHES.sub("'", str(value))
    return _SPACE.sub(" ", text).strip().casefold()


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ".").replace(" ", ""))
    except ValueError:
        return None


def values_equal(pred: Any, gold: Any) -> bool:
    """Numbers numerically (100 == 100.0, 83.7*1000 == 83700), strings after `norm_text`."""
    a, b = _as_number(pred), _as_number(gold)
    if a is not None and b is not None:
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if pred is None or gold is None:
        return pred is gold
    return norm_text(pred) == norm_text(gold)


def _listify(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def fact_matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The SPEC §7 match test between one predicted and one gold fact."""
    if pred.get("indicator") not in [gold.get("indicator"), *_listify(gold.get("alt"))]:
        return False
    if pred.get("unit") not in [gold.get("unit"), *_listify(gold.get("unit_alt"))]:
        return False
    if not values_equal(pred.get("value"), gold.get("value")):
        return False
    for key in KEYED_FIELDS:
        if gold.get(key) is not None and not values_equal(pred.get(key), gold[key]):
            return False
    return True


def _preference(pred: dict[str, Any], gold: dict[str, Any], gold_span: tuple[int, int] | None) -> int:
    """Higher for a pair that agrees beyond the match test: exact indicator, more fields,
    overlapping evidence."""
    score = 4 if pred.get("indicator") == gold.get("indicator") else 0
    score += 2 if pred.get("unit") == gold.get("unit") else 0
    for key in PREFERENCE_FIELDS:
        if gold.get(key) is not None and values_equal(pred.get(key), gold[key]):
            score += 1
    if gold_span and isinstance(pred.get("start"), int) and isinstance(pred.get("end"), int):
        if pred["start"] < gold_span[1] and gold_span[0] < pred["end"]:
            score += 8
    return score


def match_facts(
    predicted: Sequence[dict[str, Any]],
    gold: Sequence[dict[str, Any]],
    gold_spans: Sequence[tuple[int, int] | None] | None = None,
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching as (predicted index, gold index) pairs.

    Kuhn's augmenting paths: maximal whatever the order, and trying each gold fact's
    candidates best-first keeps the chosen pairs sensible when duplicates exist."""
    spans = list(gold_spans) if gold_spans is not None else [None] * len(gold)
    candidates: list[list[int]] = []
    for gi, g in enumerate(gold):
        cands = [pi for pi, p in enumerate(predicted) if fact_matches(p, g)]
        cands.sort(key=lambda pi: -_preference(predicted[pi], g, spans[gi]))
        candidates.append(cands)
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in candidates[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    # fewest candidates first: the constrained facts claim theirs before the flexible ones
    for gi in sorted(range(len(gold)), key=lambda g: len(candidates[g])):
        augment(gi, set())
    return sorted(((pi, gi) for pi, gi in owner.items()), key=lambda t: t[1])


# ---------------------------------------------------------------- evidence spans

_RULE_CHARS = frozenset("|-;" + BOX_BARS + BOX_JOINS + BOX_RULES)


def _squeezed(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace and table rules (apostrophes unified, case-folded), with the
    offset of each kept character in the original: a quote copied from a pipe-drawn row
    («| Своєчасність | 94 |») or from a spreadsheet's «;»-separated line is found in the table
    block the reader made of it."""
    chars, offsets = [], []
    for i, ch in enumerate(text):
        # (a word the reader rejoined («завер-\nшено») is found too, and a quote copied from a
        # table drawn with box characters «│ 1 │ Догляд вдома │ 96 │»)
        if ch.isspace() or ch in _RULE_CHARS:
            continue
        chars.append("'" if _APOSTROPHES.fullmatch(ch) else ch.casefold()[:1])
        offsets.append(i)
    return "".join(chars), offsets


def locate(quote: str, text: str, squeezed: tuple[str, list[int]] | None = None) -> tuple[int, int] | None:
    """Span of `quote` in `text`, ignoring whitespace, case and apostrophe variants.
    A quote with an ellipsis is located by its longest piece, unless it is found whole (its
    dots a leader's: «Скарг (р. 420) ........ 0»)."""
    if not quote or not text:
        return None
    hay, offsets = squeezed or _squeezed(text)
    pieces = [quote] + [p for p in re.split(r"…|\.\.\.", quote) if p.strip()]
    for piece in sorted(pieces, key=len, reverse=True):
        # (a quote copied before the reader repaired the text: «6O5 осіб» is read «605 осіб»)
        needle, _ = _squeezed(fix_digit_lookalikes(fix_homoglyphs(piece)))
        if not needle:
            continue
        pos = hay.find(needle)
        if pos >= 0:
            return offsets[pos], offsets[pos + len(needle) - 1] + 1
    return None


# ---------------------------------------------------------------- results

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocResult:
    """The score of one document."""

    stem: str
    source: str
    error: str | None = None
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (pred, gold)
    missed: list[dict[str, Any]] = field(default_factory=list)  # gold facts not found
    extra: list[dict[str, Any]] = field(default_factory=list)  # predicted facts not in gold
    meta: dict[str, tuple[bool, Any, Any]] = field(default_factory=dict)  # field -> (ok, pred, gold)
    audit_found: list[dict[str, Any]] = field(default_factory=list)
    audit_missed: list[dict[str, Any]] = field(default_factory=list)
    audit_false: list[dict[str, Any]] = field(default_factory=list)
    audit_neutral: list[dict[str, Any]] = field(default_factory=list)

    @property
    def counts(self) -> Counts:
        return Counts(len(self.matched), len(self.extra), len(self.missed))

    def to_dict(self) -> dict[str, Any]:
        return {
            "stem": self.stem, "source": self.source, "error": self.error, **self.counts.to_dict(),
            "missed": self.missed, "extra": self.extra,
            "meta": {k: {"ok": ok, "predicted": p, "gold": g} for k, (ok, p, g) in self.meta.items()},
            "audit": {"found": self.audit_found, "missed": self.audit_missed,
                      "false_alarms": self.audit_false, "neutral": self.audit_neutral},
        }


@dataclass
class EvalResult:
    """Scores over a set of documents: micro P/R/F1, per indicator, metadata, audit."""

    docs: list[DocResult] = field(default_factory=list)
    unpaired_inputs: list[str] = field(default_factory=list)  # inputs with no gold file
    unused_gold: list[str] = field(default_factory=list)  # gold files with no input

    @property
    def micro(self) -> Counts:
        total = Counts()
        for d in self.docs:
            total.add(d.counts)
        return total

    def per_indicator(self) -> dict[str, Counts]:
        """tp and fn under the gold indicator, fp under the predicted one."""
        table: dict[str, Counts] = {}
        for d in self.docs:
            for _, g in d.matched:
                table.setdefault(g["indicator"], Counts()).tp += 1
            for g in d.missed:
                table.setdefault(g["indicator"], Counts()).fn += 1
            for p in d.extra:
                table.setdefault(str(p.get("indicator")), Counts()).fp += 1
        return dict(sorted(table.items()))

    def meta_accuracy(self) -> dict[str, tuple[int, int]]:
        """field -> (correct, scored)."""
        acc: dict[str, list[int]] = {}
        for d in self.docs:
            for key, (ok, _, _) in d.meta.items():
                cell = acc.setdefault(key, [0, 0])
                cell[0] += int(ok)
                cell[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(acc.items())}

    def audit_counts(self) -> dict[str, int]:
        return {
            "gold": sum(len(d.audit_found) + len(d.audit_missed) for d in self.docs),
            "found": sum(len(d.audit_found) for d in self.docs),
            "false_alarms": sum(len(d.audit_false) for d in self.docs),
            "neutral": sum(len(d.audit_neutral) for d in self.docs),
        }

    def to_dict(self) -> dict[str, Any]:
        audit = self.audit_counts()
        return {
            "micro": self.micro.to_dict(),
            "per_indicator": {k: v.to_dict() for k, v in self.per_indicator().items()},
            "meta": {k: {"correct": c, "scored": n, "accuracy": round(c / n, 4) if n else 0.0}
                     for k, (c, n) in self.meta_accuracy().items()},
            "audit": {**audit, "recall": round(audit["found"] / audit["gold"], 4) if audit["gold"] else 0.0},
            "docs": [d.to_dict() for d in self.docs],
            "unpaired_inputs": self.unpaired_inputs,
            "unused_gold": self.unused_gold,
        }


# ---------------------------------------------------------------- scoring one document

def _fact_dict(fact: Fact | dict[str, Any]) -> dict[str, Any]:
    return fact.to_dict() if isinstance(fact, Fact) else dict(fact)


def _finding_dict(finding: Finding | dict[str, Any]) -> dict[str, Any]:
    return finding.to_dict() if isinstance(finding, Finding) else dict(finding)


def score_meta(pred: dict[str, Any], gold: dict[str, Any], alts: dict[str, Any] | None = None) -> dict[str, tuple[bool, Any, Any]]:
    """Field by field over the fields the gold meta sets."""
    alts = alts or {}
    out = {}
    for key, gval in gold.items():
        if gval is None:
            continue
        pval = pred.get(key)
        accepted = [gval, *_listify(alts.get(key))]
        ok = pval is not None and any(norm_text(pval) == norm_text(a) for a in accepted)
        out[key] = (ok, pval, gval)
    return out


def _finding_span(f: dict[str, Any], text: str, squeezed: tuple[str, list[int]] | None) -> tuple[int, int] | None:
    if isinstance(f.get("start"), int) and isinstance(f.get("end"), int) and f["end"] > f["start"]:
        return f["start"], f["end"]
    return locate(str(f.get("quote") or ""), text, squeezed)


# rules whose finding is about two facts alike: the gold's `fact_ids` are all its evidence
SYMMETRIC_RULES = frozenset({"internal_conflict"})


def _audit_match(pred: dict[str, Any], gold: dict[str, Any], pspan: tuple[int, int] | None,
                 gspan: tuple[int, int] | None) -> bool:
    if pred.get("rule") != gold.get("rule"):
        return False
    if pspan and gspan:
        return pspan[0] < gspan[1] and gspan[0] < pspan[1]
    # without the text, fall back on the quotes containing one another
    pq, gq = (_squeezed(str(x.get("quote") or ""))[0] for x in (pred, gold))
    return bool(pq and gq) and (pq in gq or gq in pq)


def score_audit(pred: Sequence[dict[str, Any]], gold: dict[str, Any], text: str) -> tuple[list, list, list, list]:
    """(found, missed, false alarms, neutral): neutral are findings the gold lists as
    uncertain or proposed, which count neither way."""
    squeezed = _squeezed(text) if text else None
    pspans = [_finding_span(p, text, squeezed) for p in pred]
    gold_items = list(gold.get("audit") or [])
    gspans = [locate(str(g.get("quote") or ""), text, squeezed) for g in gold_items]
    quotes = {f.get("id"): str(f.get("quote") or "") for f in gold.get("facts") or [] if isinstance(f, dict)}
    taken: set[int] = set()
    found, missed = [], []
    for g, gspan in zip(gold_items, gspans, strict=True):
        # two statements that disagree are one conflict, whichever of them a finding points at
        sides = [locate(quotes[i], text, squeezed) for i in _listify(g.get("fact_ids"))
                 if i in quotes] if g.get("rule") in SYMMETRIC_RULES else []
        hit = next((i for i, p in enumerate(pred)
                    if i not in taken and any(_audit_match(p, g, pspans[i], span) for span in [gspan, *sides])),
                   None)
        if hit is None:
            missed.append(g)
        else:
            taken.add(hit)
            found.append(g)
    neutral_gold = [g for k in NEUTRAL_AUDIT_KEYS for g in (gold.get(k) or []) if isinstance(g, dict)]
    false, neutral = [], []
    for i, p in enumerate(pred):
        if i in taken:
            continue
        if any(_audit_match(p, g, pspans[i], locate(str(g.get("quote") or ""), text, squeezed))
               for g in neutral_gold):
            neutral.append(p)
        else:
            false.append(p)
    return found, missed, false, neutral


def score_document(gold: dict[str, Any], predicted: Iterable[Fact | dict[str, Any]], *,
                   meta: dict[str, Any] | None = None, findings: Iterable[Finding | dict[str, Any]] = (),
                   text: str = "", stem: str = "", source: str = "", error: str | None = None,
                   only: Iterable[str] | None = None) -> DocResult:
    """Score one document's predictions against its gold annotation; `only` restricts the
    fact scoring to some indicators (gold and predicted alike)."""
    preds = [_fact_dict(f) for f in predicted]
    golds = [g for g in gold.get("facts") or [] if isinstance(g, dict)]
    if only is not None:
        keep = set(only)
        preds = [p for p in preds if p.get("indicator") in keep]
        golds = [g for g in golds if g.get("indicator") in keep]
    squeezed = _squeezed(text) if text else None
    spans = [locate(str(g.get("quote") or ""), text, squeezed) if text else None for g in golds]
    pairs = match_facts(preds, golds, spans)
    used_p = {pi for pi, _ in pairs}
    used_g = {gi for _, gi in pairs}
    res = DocResult(stem=stem or Path(str(gold.get("doc", ""))).stem, source=source, error=error)
    res.matched = [(preds[pi], golds[gi]) for pi, gi in pairs]
    res.missed = [g for gi, g in enumerate(golds) if gi not in used_g]
    res.extra = [p for pi, p in enumerate(preds) if pi not in used_p]
    res.meta = score_meta(meta or {}, gold.get("meta") or {}, gold.get("meta_alt"))
    (res.audit_found, res.audit_missed, res.audit_false,
     res.audit_neutral) = score_audit([_finding_dict(f) for f in findings], gold, text)
    return res


# ---------------------------------------------------------------- files

def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Gold annotations by document stem (`000_1d545bbe71f900c8`)."""
    out = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("gold file %s cannot be read: %s", path, exc)
            continue
        stem = Path(str(data.get("doc") or path.name)).stem
        out[stem] = data
    return out


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder stands for the files in it (recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith("."))
        else:
            out.append(p)
    return out


def _parse(path: Path) -> tuple[Report | None, str | None]:
    """Run the pipeline on one file; any failure (including a stage not yet written) is a
    reason string, never an exception."""
    try:
        from zvitparse.api import parse

        report = parse(path)
    except Exception as exc:  # the eval must score what exists while stages are missing
        log.warning("%s: parse failed: %s: %s", path, type(exc).__name__, exc)
        return None, f"{type(exc).__name__}: {exc}"
    err = "; ".join(f"{e.get('stage')}: {e.get('reason')}" for e in report.errors) or None
    return report, err


def evaluate_reports(gold: dict[str, dict[str, Any]], reports: Iterable[tuple[str, Report | None, str | None]],
                     only: Iterable[str] | None = None) -> EvalResult:
    """Score (source, report, error) triples against gold annotations keyed by stem."""
    result = EvalResult()
    seen = set()
    for source, report, error in reports:
        stem = Path(source).stem
        if stem not in gold:
            result.unpaired_inputs.append(source)
            continue
        seen.add(stem)
        doc = report.document if report else None
        result.docs.append(score_document(
            gold[stem], report.facts if report else [], meta=report.meta if report else {},
            findings=report.findings if report else [], text=doc.text if doc else "",
            stem=stem, source=source, error=error, only=only))
    result.unused_gold = sorted(set(gold) - seen)
    return result


def evaluate(gold_dir: str | Path, paths: Iterable[str | Path], only: Iterable[str] | None = None) -> EvalResult:
    """Parse every input that has a gold file and score it (SPEC §7)."""
    gold = load_gold(gold_dir)
    gold_root = Path(gold_dir).resolve()

    def run() -> Iterable[tuple[str, Report | None, str | None]]:
        for path in expand_paths(paths):
            if path.resolve().parent == gold_root:
                continue  # a folder given as input may hold the gold files themselves
            if path.stem not in gold:
                yield str(path), None, None
                continue
            report, err = _parse(path)
            yield str(path), report, err

    return evaluate_reports(gold, run(), only=None if only is None else set(only))

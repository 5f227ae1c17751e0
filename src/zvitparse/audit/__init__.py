"""The audit: which reported numbers cannot be true (SPEC §6).

`audit_report(report)` runs every rule of `AUDIT_RULES` on one report and returns its findings
and coverage (figures found, checkable, checked, not testable); `audit_reports(reports)` adds
the `cross_document` findings of a batch. An inconsistency is a `Finding`, never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from zvitparse.audit import messages
from zvitparse.audit.arith import fmt, grim_has_power
from zvitparse.audit.context import AuditContext, Draft, is_count
from zvitparse.audit.lists import partitions
from zvitparse.audit.rules_conflict import cross_document, internal_conflict
from zvitparse.audit.rules_percent import percent_impossible, percent_mismatch, percent_range
from zvitparse.audit.rules_sums import parts_sum, percents_sum
from zvitparse.audit.rules_table import table_arithmetic, table_checked
from zvitparse.audit.rules_text import rating_band, stale_period
from zvitparse.audit.wholes import find_wholes
from zvitparse.model import Finding, Report

log = logging.getLogger(__name__)

Rule = Callable[[AuditContext], list[Draft]]

# SPEC §6 rule ids → one function each; `cross_document` needs a batch (see audit_reports)
AUDIT_RULES: dict[str, Rule] = {
    "percent_mismatch": percent_mismatch,
    "percent_impossible": percent_impossible,
    "percents_sum": percents_sum,
    "parts_sum": parts_sum,
    "table_arithmetic": table_arithmetic,
    "percent_range": percent_range,
    "rating_band": rating_band,
    "stale_period": stale_period,
    "internal_conflict": internal_conflict,
}
BATCH_RULES = ("cross_document",)


def _param(value: Any, lang: str) -> Any:
    """Nested parameters: ("key", {...}) is another message; ("@…", …) a small helper."""
    if not isinstance(value, tuple) or not value:
        return value
    tag = value[0]
    if tag == "@source":
        return messages.source_name(value[1], lang)
    if tag == "@or":
        return messages.word("or", lang).join(value[1])
    if tag == "@rating":
        return messages.rating_word(value[1], lang)
    if tag == "@unit":
        return messages.unit_phrase(value[1]["n"], value[1]["unit"], lang)
    if tag == "@diff":
        total, reported = value[1], value[2]
        kilo = len(value) > 3
        return messages.diff_text(total, reported, lang, fmt=(lambda d: fmt(d / 1000)) if kilo else fmt)
    if isinstance(tag, str) and tag in messages.MESSAGES and len(value) == 2 and isinstance(value[1], dict):
        return messages.render(tag, lang, **{k: _param(v, lang) for k, v in value[1].items()})
    return value


def render(draft: Draft, lang: str = "uk") -> str:
    return messages.render(draft.key, lang, **{k: _param(v, lang) for k, v in draft.params.items()})


def _finding(ctx: AuditContext, i: int, d: Draft, lang: str) -> Finding:
    quote = ctx.slice(d.start, d.end)
    if not quote:
        quote = next((ctx.by_id[f].quote for f in d.fact_ids if f in ctx.by_id), "")
    return Finding(finding_id=f"a{i}", rule=d.rule, severity=d.severity, message=render(d, lang),
                   reported=d.reported, expected=d.expected, fact_ids=tuple(d.fact_ids),
                   start=d.start, end=d.end, quote=quote)


def _coverage(ctx: AuditContext, drafts: list[Draft]) -> dict[str, int]:
    # a rating with its score written («добре (95 %)») is a figure too
    numeric = [f for f in ctx.facts if f.unit != "rating" or f.percent is not None]
    percents = [f for f in numeric if f.percent is not None or f.unit == "percent"]
    wholes = find_wholes(ctx)
    cells = table_checked(ctx)  # table cells checked arithmetically, facts or not
    checked = set(wholes) | cells
    for p in ctx.facts:
        if is_count(p) and p.fact_id in ctx.children:
            for parts in partitions(ctx, p):
                checked.add(p.fact_id)
                checked.update(c.fact_id for c in parts)
    for d in drafts:
        checked.update(x for x in d.fact_ids if x in ctx.by_id)
    linked = {f.fact_id for f in numeric if f.parent_id or f.group_id or f.fact_id in ctx.children}
    found = {f.fact_id for f in numeric} | cells
    checkable = (checked | {f.fact_id for f in percents} | linked) & found
    checked &= found
    no_power = 0
    for fid, w in wholes.items():
        _p, dd = ctx.percent_written(ctx.by_id[fid])
        if not grim_has_power(w.n, dd):
            no_power += 1
    flagged = {x for d in drafts if d.severity in ("error", "warning") for x in d.fact_ids}
    return {
        "figures_found": len(found),
        "percents_found": len(percents),
        "checkable": len(checkable),
        "checked": len(checked),
        "not_testable": len(checkable - checked),
        "percents_without_whole": len([f for f in percents if f.fact_id not in wholes]),
        "grim_without_power": no_power,
        "consistent": len(checked - flagged),
        "errors": sum(1 for d in drafts if d.severity == "error"),
        "warnings": sum(1 for d in drafts if d.severity == "warning"),
    }


def audit_drafts(report: Report) -> tuple[AuditContext, list[Draft]]:
    try:
        ctx = AuditContext(report)
    except Exception:  # a bug reading odd facts must not cost the batch: audit the facts as given
        log.exception("audit could not index the facts of %s", report.source)
        ctx = AuditContext(Report(doc_id=report.doc_id, source=report.source, meta=report.meta,
                                  facts=[f for f in report.facts if f.start <= f.end], document=report.document))
    drafts: list[Draft] = []
    for rule_id, rule in AUDIT_RULES.items():
        try:
            drafts += rule(ctx)
        except Exception:  # one rule's bug must not cost the document its other findings
            log.exception("audit rule %s failed on %s", rule_id, report.source)
    seen, unique = set(), []
    for d in sorted(drafts, key=lambda d: (d.start, d.end, d.rule)):
        key = (d.rule, d.key, d.start, d.end, d.fact_ids)
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return ctx, _outermost(unique)


def _outermost(drafts: list[Draft]) -> list[Draft]:
    """One table slip, one finding: a cell-level table_arithmetic finding inside the row that
    a fact-level finding of the same rule already reports is the same slip seen twice."""
    rows = [(d.start, d.end) for d in drafts if d.rule == "table_arithmetic" and d.fact_ids]
    return [d for d in drafts
            if d.rule != "table_arithmetic" or d.fact_ids
            or not any(s <= d.start and d.end <= e and (s, e) != (d.start, d.end) for s, e in rows)]


def audit_report(report: Report, lang: str = "uk") -> tuple[list[Finding], dict[str, int]]:
    """Findings and coverage for one report (SPEC §6)."""
    ctx, drafts = audit_drafts(report)
    findings = [_finding(ctx, i, d, lang) for i, d in enumerate(drafts, 1)]
    return findings, _coverage(ctx, drafts)


def audit_reports(reports: Iterable[Report], lang: str = "uk") -> list[Finding]:
    """`cross_document` findings of a batch; ids continue each report's own numbering."""
    return [f for _, f in audit_reports_by_doc(reports, lang)]


def audit_reports_by_doc(reports: Iterable[Report], lang: str = "uk") -> list[tuple[str, Finding]]:
    """(doc_id, finding) of the `cross_document` findings of a batch, in a stable order."""
    reports = list(reports)
    out = []
    counters = {r.doc_id: len(r.findings) for r in reports}
    for r, d in cross_document(reports):
        counters[r.doc_id] = counters.get(r.doc_id, 0) + 1
        ctx = AuditContext(r)
        out.append((r.doc_id, _finding(ctx, counters[r.doc_id], d, lang)))
    return out


__all__ = ["AUDIT_RULES", "BATCH_RULES", "audit_report", "audit_reports", "audit_reports_by_doc", "render"]

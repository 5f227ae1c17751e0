"""`zvitparse audit PATH...`: which reported numbers cannot be true (SPEC §6)."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from zvitparse.errors import UsageError
from zvitparse.model import Finding, Report

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv")
COLUMNS = ("doc_id", "source", "centre", "period_start", "period_end", "finding_id", "rule", "severity",
           "message", "reported", "expected", "fact_ids", "start", "end", "quote")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "audit",
        help="check whether the reported percentages, sums and tables add up",
        description="Parse every PATH (files, folders walked recursively) and audit its figures "
                    "(SPEC §6: percent_mismatch, percent_impossible, percents_sum, parts_sum, "
                    "table_arithmetic, percent_range, rating_band, stale_period, internal_conflict, "
                    "cross_document). Prints one finding per line (JSONL or CSV) and a summary with "
                    "each document's coverage (figures found, checkable, checked) on stderr.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="findings as JSONL (default) or CSV")
    p.add_argument("-o", "--output", metavar="OUT", help="write the findings here instead of stdout")
    p.add_argument("--html", metavar="REPORT.html", help="also write a self-contained HTML report")
    p.add_argument("--lang", choices=("uk", "en"), default="uk", help="language of the messages (default uk)")
    p.add_argument("--coverage", metavar="OUT.jsonl",
                   help="write each document's coverage (figures found, checkable, checked, not testable …)")
    p.set_defaults(func=run)


def audit_paths(paths: list[str], lang: str = "uk") -> tuple[list[Report], dict[str, list[Finding]]]:
    """Parse and audit every document under `paths`; cross-document findings included."""
    from zvitparse.api import parse
    from zvitparse.audit import audit_report
    from zvitparse.batch.sources import iter_files

    reports: list[Report] = []
    for path in iter_files(paths):
        report = parse(path, audit=False)
        if report.document is not None:
            report.findings, report.coverage = audit_report(report, lang=lang)
        reports.append(report)
    findings = {r.doc_id: list(r.findings) for r in reports}
    for f, doc_id in _cross(reports, lang):
        findings.setdefault(doc_id, []).append(f)
    for r in reports:
        r.findings = findings.get(r.doc_id, [])
    return reports, findings


def _cross(reports: list[Report], lang: str) -> list[tuple[Finding, str]]:
    from zvitparse.audit import audit_reports

    out = []
    for f in audit_reports(reports, lang=lang):
        doc_id = f.fact_ids[0].split(":", 1)[0] if f.fact_ids else ""
        out.append((f, doc_id))
    return out


def finding_row(report: Report, f: Finding) -> dict[str, Any]:
    meta = report.meta or {}
    row = {"doc_id": report.doc_id, "source": report.source, "centre": meta.get("centre"),
           "period_start": meta.get("period_start"), "period_end": meta.get("period_end")}
    row.update(f.to_dict())
    return {k: row.get(k) for k in COLUMNS}


def _write(rows: list[dict[str, Any]], fmt: str, fh) -> None:
    if fmt == "jsonl":
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    w = csv.DictWriter(fh, fieldnames=COLUMNS)
    w.writeheader()
    for row in rows:
        w.writerow({k: (";".join(v) if isinstance(v, list) else v) for k, v in row.items()})


def run(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    reports, _ = audit_paths(args.paths, args.lang)
    rows = [finding_row(r, f) for r in reports for f in r.findings]
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            _write(rows, args.format, fh)
    else:
        _write(rows, args.format, sys.stdout)
    if args.coverage:
        with open(args.coverage, "w", encoding="utf-8") as fh:
            for r in reports:
                row = {"doc_id": r.doc_id, "source": r.source, "centre": (r.meta or {}).get("centre"), **r.coverage}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.html:
        from zvitparse.audit.html import write_html

        write_html(args.html, reports, lang=args.lang)
    sev = Counter(f.severity for r in reports for f in r.findings)
    cov = Counter()
    for r in reports:
        cov.update(r.coverage)
    failed = sum(1 for r in reports if r.errors)
    log.info("%d documents (%d unreadable): %d errors, %d warnings, %d info; figures %d, checkable %d, "
             "checked %d, not testable %d", len(reports), failed, sev["error"], sev["warning"], sev["info"],
             cov["figures_found"], cov["checkable"], cov["checked"], cov["not_testable"])
    for r in reports:
        for e in r.errors:
            log.warning("%s: %s", r.source, e.get("reason"))
    return 0

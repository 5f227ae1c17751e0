"""`zvitparse extract PATH...`: every figure of every document, as JSONL or a flat table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from zvitparse.errors import UsageError
from zvitparse.model import Report

FORMATS = ("jsonl", "csv", "parquet", "xlsx")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="extract facts, metadata and audit findings from files, without a database",
        description="Parse every PATH (files, folders walked recursively, zip archives). JSONL gives "
                    "one object per document: doc_id, source, meta, facts, findings, errors (why a "
                    "file could not be read). CSV, Parquet and XLSX give one row per fact with the "
                    "document's metadata columns; XLSX adds sheets of documents, findings and errors.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or zip archive")
    p.add_argument("--format", choices=FORMATS, help="output format (default: from -o's suffix, else jsonl)")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout for jsonl and csv); "
                   "a folder (ending in /) takes one csv/parquet file per table")
    p.add_argument("-j", "--jobs", type=int, default=1,
                   help="worker processes (default 1: documents in path order; more: in completion order)")
    p.add_argument("--delimiter", default=",", help="CSV field separator (';' for Excel in a Ukrainian locale)")
    p.add_argument("--strict", action="store_true", help="exit with status 1 if any document failed")
    p.set_defaults(func=run)


def output_format(fmt: str | None, out: str | None, formats: tuple[str, ...], default: str) -> str:
    """The format asked for, else the one -o's suffix names, else `default`."""
    if fmt:
        return fmt
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    return suffix if suffix in formats else default


def _check_inputs(paths: list[str]) -> None:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")


def iter_reports(paths: list[str], jobs: int) -> Iterator[Report]:
    """Parse every document under `paths`; a bad file is a report with `errors`, never a stop."""
    from zvitparse.batch import parse_many

    yield from parse_many(paths, jobs=max(1, jobs), executor="serial" if jobs <= 1 else "process")


def run(args: argparse.Namespace) -> int:
    _check_inputs(args.paths)
    fmt = output_format(args.format, args.output, FORMATS, "jsonl")
    if fmt in ("xlsx", "parquet") and not args.output:
        raise UsageError(f"{fmt} output needs a file: -o OUT.{fmt}")
    n_docs = n_facts = n_failed = 0
    if fmt == "jsonl":
        from zvitparse.export import report_json

        fh = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
        try:
            for report in iter_reports(args.paths, args.jobs):
                fh.write(report_json(report) + "\n")
                fh.flush()
                n_docs, n_facts, n_failed = n_docs + 1, n_facts + len(report.facts), n_failed + bool(report.errors)
        finally:
            if fh is not sys.stdout:
                fh.close()
    else:
        from zvitparse.export import tables_from_reports, write_tables

        reports = sorted(iter_reports(args.paths, args.jobs), key=lambda r: r.source)
        n_docs, n_facts = len(reports), sum(len(r.facts) for r in reports)
        n_failed = sum(bool(r.errors) for r in reports)
        write_tables(tables_from_reports(reports), fmt, args.output, main="facts", delimiter=args.delimiter)
    print(f"{n_docs} documents, {n_facts} facts, {n_failed} with errors", file=sys.stderr)
    return 1 if args.strict and n_failed else 0

"""`zvitparse read FILE [--json]`: print a report's normalized text, or its document model."""

from __future__ import annotations

import argparse
import json
import logging
import sys

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "read",
        help="read one file (TXT, HTML, PDF, DOCX) and print its normalized text",
        description="Read one report file — format told by content, not extension — and print its "
                    "normalized text, or with --json the document model (blocks, tables, pages, encoding).",
    )
    p.add_argument("file", help="the report file")
    p.add_argument("--json", action="store_true", help="print the document model as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # imported here, not with the parser: every command builds the parser, and the readers
    # (bs4, python-docx, pdf) cost ~170 ms to import, which `build` would pay before it can start
    # its worker pool
    from zvitparse.read import read_path

    doc = read_path(args.file)
    for w in doc.warnings:
        log.warning("%s: %s", args.file, w)
    if args.json:
        json.dump(doc.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(doc.text)
        if doc.text:
            sys.stdout.write("\n")
    return 0

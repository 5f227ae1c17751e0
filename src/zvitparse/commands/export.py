"""`zvitparse export --db FILE`: the regional database as CSV, XLSX or Parquet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zvitparse.commands.extract import output_format
from zvitparse.export import TABLE_FORMATS, tables_from_store, write_tables
from zvitparse.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the regional database: the long fact table or the wide comparison table",
        description="Write the database's tables. The long table has one row per fact with its "
                    "document's metadata; --wide gives the comparison table (rows centre × period, "
                    "columns indicator/unit/service). XLSX holds every table, one sheet each "
                    "(facts, wide, indicators, centres, documents, findings, errors); -o FOLDER/ writes one "
                    "CSV or Parquet file per table. CSV is UTF-8 with a BOM, so Excel reads it.",
    )
    p.add_argument("--db", required=True, help="database file (.sqlite or .duckdb)")
    p.add_argument("--format", choices=TABLE_FORMATS, help="default: from -o's suffix, else csv")
    p.add_argument("--wide", action="store_true", help="the wide comparison table instead of the long one")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file or folder/ (default: stdout for csv, DB-NAME.xlsx / .parquet)")
    p.add_argument("--delimiter", default=",", help="CSV field separator (';' for Excel in a Ukrainian locale)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args.format, args.output, TABLE_FORMATS, "csv")
    out = args.output
    if out is None and fmt != "csv":
        out = f"{Path(args.db).stem}{'-wide' if args.wide else ''}.{fmt}"
    with Store.open(args.db, readonly=True) as store:
        tables = tables_from_store(store)
    written = write_tables(tables, fmt, out, main="wide" if args.wide else "facts", delimiter=args.delimiter)
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0

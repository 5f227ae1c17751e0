"""`zvitparse stats --db FILE`: what the regional database holds and where it has gaps."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from zvitparse.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats",
        help="centres, periods, documents, facts per indicator and coverage gaps of a database",
        description="Summarize the regional database: counts of centres, periods, documents and "
                    "failed files, facts per indicator, each centre's years, and the coverage gaps "
                    "(a centre with no report for a year inside the database's span of years).",
    )
    p.add_argument("--db", required=True, help="database file (.sqlite or .duckdb)")
    p.add_argument("--json", action="store_true", help="print machine-readable results")
    p.set_defaults(func=run)


def print_text(st: dict[str, Any], out: TextIO) -> None:
    w = out.write
    w(f"documents {st['documents']} (from {st['sources']} files; {st['failed_files']} files failed)\n")
    years = f"{st['years'][0]}–{st['years'][-1]}" if st["years"] else "none"
    w(f"centres {st['centres']}, periods {st['periods']}, years {years}\n")
    w(f"facts {st['facts']}, findings {st['findings']}, errors {st['errors']}\n")
    if st["facts_per_indicator"]:
        w("\nfacts per indicator:\n")
        for row in st["facts_per_indicator"]:
            w(f"  {row['indicator']:<28}{row['facts']:>7}\n")
    if st["period_list"]:
        w("\nperiods:\n")
        for row in st["period_list"]:
            w(f"  {row['period_start'] or '?'} … {row['period_end'] or '?'}{row['documents']:>7} document(s)\n")
    if st["centre_list"]:
        w("\ncentres:\n")
        for c in st["centre_list"]:
            yrs = ", ".join(map(str, c["years"])) or "period unknown"
            w(f"  {c['settlement'] or '?'} — {c['centre'] or c['centre_id'] or 'centre unknown'}: "
              f"{c['documents']} document(s); {yrs}\n")
    if st["gaps"]:
        w(f"\ncoverage gaps ({len(st['gaps'])}: a centre with no report for a year):\n")
        for g in st["gaps"]:
            w(f"  {g['year']}  {g['settlement'] or '?'} — {g['centre'] or g['centre_id']}\n")
    else:
        w("\nno coverage gaps\n")
    if st["conflicts"]:
        w(f"\nfigures on which documents of one centre and period disagree ({len(st['conflicts'])}):\n")
        for c in st["conflicts"]:
            what = "/".join(str(c[k]) for k in ("indicator", "unit", "service", "criterion", "kekv", "label") if c[k])
            w(f"  {c['settlement'] or '?'} {c['period_start']}…{c['period_end']}  {what}: "
              f"{c['min_value']}–{c['max_value']} in {c['n_documents']} documents\n")


def run(args: argparse.Namespace) -> int:
    with Store.open(args.db, readonly=True) as store:
        st = store.stats()
    if args.json:
        json.dump(st, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        print_text(st, sys.stdout)
    return 0

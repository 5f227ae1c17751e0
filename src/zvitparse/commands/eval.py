"""`zvitparse eval`: score extraction against gold annotation files (SPEC §7)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from zvitparse.errors import UsageError
from zvitparse.eval import EvalResult, evaluate


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score extracted facts, metadata and audit findings against gold files",
        description="Parse each PATH (a file or a folder) that has a gold file (paired by file "
                    "stem) and print precision, recall and F1 per indicator and overall, "
                    "metadata accuracy per field, and audit recall and false alarms.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders to parse")
    p.add_argument("--gold", required=True, metavar="DIR", help="folder of gold *.json files")
    p.add_argument("--misses", action="store_true", help="list every missed and every extra fact with its quote")
    p.add_argument("--json", action="store_true", help="print machine-readable results")
    p.add_argument("--only", metavar="IND[,IND]", help="score only these indicators (e.g. rating,share)")
    p.set_defaults(func=run)


def _fmt_fact(f: dict[str, Any]) -> str:
    keys = [f"{k}={f[k]}" for k in ("service", "criterion", "kekv", "label") if f.get(k) is not None]
    quote = " ".join(str(f.get("quote") or "").split())
    if len(quote) > 110:
        quote = quote[:107] + "..."
    return f"{f.get('indicator')} {f.get('value')!r} {f.get('unit')} {' '.join(keys)}  «{quote}»"


def print_text(result: EvalResult, misses: bool, out: TextIO) -> None:
    w = out.write
    for d in result.docs:
        c = d.counts
        w(f"{d.stem}: tp {c.tp} fp {c.fp} fn {c.fn}" + (f"  ERROR {d.error}" if d.error else "") + "\n")
        if misses:
            for g in d.missed:
                w(f"  MISS  {_fmt_fact(g)}\n")
            for p in d.extra:
                w(f"  EXTRA {_fmt_fact(p)}\n")
            for key, (ok, pv, gv) in d.meta.items():
                if not ok:
                    w(f"  META  {key}: got {pv!r}, gold {gv!r}\n")
            for g in d.audit_missed:
                w(f"  AUDIT missed {g.get('rule')} «{' '.join(str(g.get('quote', '')).split())[:100]}»\n")
            for p in d.audit_false:
                w(f"  AUDIT false  {p.get('rule')} «{' '.join(str(p.get('quote', '')).split())[:100]}»\n")
    w("\n{:<28}{:>5}{:>5}{:>5}{:>8}{:>8}\n".format("indicator", "tp", "fp", "fn", "recall", "prec"))
    for ind, c in result.per_indicator().items():
        w(f"{ind:<28}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.recall:>8.2f}{c.precision:>8.2f}\n")
    m = result.micro
    w(f"\nmicro: precision {m.precision:.3f}  recall {m.recall:.3f}  F1 {m.f1:.3f}"
      f"  (tp {m.tp}, fp {m.fp}, fn {m.fn})\n")
    meta = result.meta_accuracy()
    if meta:
        w("metadata: " + ", ".join(f"{k} {c}/{n}" for k, (c, n) in meta.items()) + "\n")
    a = result.audit_counts()
    w(f"audit: found {a['found']}/{a['gold']}, false alarms {a['false_alarms']}, neutral {a['neutral']}\n")
    errors = [d for d in result.docs if d.error]
    if errors:
        w(f"{len(errors)} document(s) with errors\n")
    if result.unpaired_inputs:
        w(f"{len(result.unpaired_inputs)} input(s) without a gold file (not scored)\n")
    if result.unused_gold:
        w(f"gold files without an input: {', '.join(result.unused_gold)}\n")


def run(args: argparse.Namespace) -> int:
    only = [s.strip() for s in args.only.split(",") if s.strip()] if args.only else None
    from pathlib import Path

    if not Path(args.gold).is_dir():
        raise UsageError(f"gold folder not found: {args.gold}")
    result = evaluate(args.gold, args.paths, only=only)
    if not result.docs:
        raise UsageError("no input has a gold file (inputs pair with gold files by file stem)")
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        print_text(result, args.misses, sys.stdout)
    return 0

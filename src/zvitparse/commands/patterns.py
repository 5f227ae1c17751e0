"""`zvitparse patterns check`: validate the pattern files and list every problem at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from zvitparse import patterns


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("patterns", help="check or list the language patterns in patterns/",
                       description="Check the pattern files (unknown keys, unknown ids, regexes that do "
                                   "not compile, duplicate ids) or list their entries.")
    p.add_argument("action", choices=["check", "list"], help="check: report every problem; list: entries per kind")
    p.add_argument("--dir", type=Path, default=None, help="a patterns folder other than the project's")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    root = args.dir or patterns.default_root()
    if args.action == "check":
        problems = patterns.check(root)
        for line in problems:
            print(line)
        if problems:
            print(f"{len(problems)} problem(s) in {root}")
            return 1
        print(f"patterns OK: {root}")
        return 0
    pats = patterns.load(root)
    for kind in sorted(pats.entries):
        print(f"{kind}: {len(pats[kind])} entries")
    return 0

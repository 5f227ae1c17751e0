"""Validate every blind14 gold file: JSON loads, doc exists, quotes are verbatim substrings of
`zvitparse read` text, fact ids unique, parent ids and audit fact ids resolve, vocab ids known."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

total = 0
audits = 0
bad = 0
for path in sorted(glob.glob(os.path.join(GOLD, "b14_*.json"))):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    doc = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(doc):
        print(f"{os.path.basename(path)}: report {d['doc']} missing")
        bad += 1
        continue
    if os.path.splitext(os.path.basename(path))[0] != os.path.splitext(d["doc"])[0]:
        print(f"{os.path.basename(path)}: stem differs from doc {d['doc']}")
        bad += 1
    errs = validate(d, read_text(doc))
    n = len(d["facts"])
    total += n
    audits += len(d["audit"])
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{os.path.basename(path)}: {n} facts, {len(d['audit'])} audit, {status}")
    for e in errs:
        print("  -", e)
    bad += bool(errs)
reports = [f for f in os.listdir(REPORTS) if f.startswith("b14_")]
print(f"total: {total} facts, {audits} audit findings, {len(reports)} reports")
sys.exit(1 if bad else 0)

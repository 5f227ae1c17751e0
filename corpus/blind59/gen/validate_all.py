"""Validate the whole blind59 set: every gold JSON against the text `zvitparse read` prints for its
report (quotes, ids, parents, vocab, 20–60 facts, `verify` of checks true and of audit findings false),
3 000–8 192 bytes of read text per report, one gold per report, and 4–8 planted slips in the set
(at most 2 per report)."""
import glob
import json
import os
import sys
from collections import Counter

from common import GOLD, REPORTS, read_text, validate

problems = 0
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b59_") and os.path.isfile(os.path.join(REPORTS, f)))
golds = sorted(glob.glob(os.path.join(GOLD, "b59_*.json")))
stems_r = {os.path.splitext(r)[0] for r in reports}
stems_g = {os.path.splitext(os.path.basename(g))[0] for g in golds}
if stems_r != stems_g or len(reports) != 8:
    print("report/gold mismatch:", sorted(stems_r ^ stems_g), len(reports))
    problems += 1
slips = set()
per_doc = Counter()
total_facts = 0
for gp in golds:
    d = json.load(open(gp, encoding="utf-8"))
    text = read_text(os.path.join(REPORTS, d["doc"]))
    errs = validate(d, text)
    n = len(text.encode("utf-8"))
    if not 3000 <= n <= 8192:
        errs.append(f"read text is {n} bytes, outside 3000..8192")
    for a in d["audit"]:
        slips.add(a["slip"])
        per_doc[d["doc"]] += 0
    ds = {a["slip"] for a in d["audit"]}
    if len(ds) > 2:
        errs.append(f"{len(ds)} slips in one report")
    total_facts += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings, {len(d['checks_passed'])} checks, "
          f"{n} bytes -> {'OK' if not errs else 'PROBLEMS'}")
    for e in errs:
        print("  -", e)
    problems += len(errs)
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} planted slips in the set, outside 4..8")
    problems += 1
print(f"total: {total_facts} facts, {len(slips)} planted slips")
if problems:
    print(f"{problems} problem(s)")
    sys.exit(1)
print("all OK")

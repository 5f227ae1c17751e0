"""Validate every blind85 gold file against its report's read text (see common.validate), plus set-level rules:
20–60 facts, 3 000–8 192 bytes of read text, every check true, every audit finding false, 4–8 planted slips in
the set and at most 2 per report, one gold per report."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

errors = []
slips = set()
gold_files = sorted(glob.glob(os.path.join(GOLD, "*.json")))
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b85_*")) if os.path.isfile(p))
stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
if {os.path.splitext(os.path.basename(p))[0] for p in gold_files} != stems:
    errors.append("gold files and reports do not pair up")
total_facts = 0
for gp in gold_files:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    path = os.path.join(REPORTS, d["doc"])
    text = read_text(path)
    n = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= n <= 8192:
        errs.append(f"read text is {n} bytes, outside 3000..8192")
    own = {a["slip"] for a in d["audit"]}
    if len(own) > 2:
        errs.append(f"{len(own)} slips in one report")
    slips |= own
    total_facts += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(own)} slips), "
          f"{len(d['checks_passed'])} checks, {n} bytes" + ("" if not errs else f"  <-- {len(errs)} problem(s)"))
    errors += [f"{d['doc']}: {e}" for e in errs]
if not 4 <= len(slips) <= 8:
    errors.append(f"{len(slips)} planted slips in the set, want 4..8")
print(f"total: {len(gold_files)} files, {total_facts} facts, {len(slips)} planted slips")
if errors:
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

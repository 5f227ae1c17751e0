"""Validate every blind39 gold file against `zvitparse read` of its report."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

bad = 0
slips = set()
total = 0
files = sorted(glob.glob(os.path.join(GOLD, "b39_*.json")))
for path in files:
    d = json.load(open(path, encoding="utf-8"))
    rep = os.path.join(REPORTS, d["doc"])
    text = read_text(rep)
    errs = validate(d, text)
    n = len(text.encode("utf-8"))
    if not 3000 <= n <= 8192:
        errs.append(f"read text {n} bytes outside 3000..8192")
    own = {a["slip"] for a in d["audit"]}
    if len(own) > 2:
        errs.append(f"{len(own)} slips (max 2 per report)")
    slips |= own
    total += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings, {len(d['checks_passed'])} checks, {n} bytes"
          + ("" if not errs else f", {len(errs)} problem(s)"))
    for e in errs:
        print("  -", e)
    bad += bool(errs)
if len(files) != 8:
    print(f"expected 8 gold files, found {len(files)}"); bad += 1
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} planted slips, expected 4..8"); bad += 1
print(f"total: {total} facts, {len(slips)} planted slips")
sys.exit(1 if bad else 0)

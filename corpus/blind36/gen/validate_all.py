"""Validate the whole blind36 set: every gold file against its report's `zvitparse read` text
(JSON, quotes, ids, parents, 20–60 facts, 3 000–8 192 bytes of text, checks true, slips false),
every report has a gold file, and the set holds 4–8 planted slips with at most 2 per report."""
import glob
import json
import os
import sys
from common import REPORTS, GOLD, read_text, validate

bad = 0
slips = set()
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b36_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b36_*.json")))
stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g or len(reports) != 8:
    print("report/gold mismatch:", sorted(stems_r ^ stems_g), len(reports))
    bad += 1
total = 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    rp = os.path.join(REPORTS, d["doc"])
    text = read_text(rp)
    errs = validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"read text is {size} bytes, outside 3000..8192")
    mine = {a["slip"] for a in d["audit"]}
    if len(mine) > 2:
        errs.append(f"{len(mine)} slips in one report (max 2)")
    slips |= mine
    total += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(mine)} slips), "
          f"{len(d['checks_passed'])} checks, {size} bytes" + ("" if not errs else f"  {len(errs)} PROBLEM(S)"))
    for e in errs:
        print("   -", e)
    bad += bool(errs)
if not 4 <= len(slips) <= 8:
    print(f"set has {len(slips)} slips, outside 4..8")
    bad += 1
print(f"total: {total} facts, {len(slips)} planted slips")
print("OK" if not bad else "FAILED")
sys.exit(1 if bad else 0)

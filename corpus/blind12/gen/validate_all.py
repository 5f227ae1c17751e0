"""Validate every blind12 gold file: JSON loads, one gold per report, quotes are verbatim substrings of
`zvitparse read FILE`, fact ids unique, parent ids resolve, 20–45 facts, known indicator/unit/service ids.
Also prints, per partition group, the sum of its parts against the parent (mismatches must be in `audit`)."""
import glob
import json
import os
import sys
from collections import defaultdict

from common import GOLD, REPORTS, read_text, validate

ok = True
total = audits = 0
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b12_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b12_*.json")))
stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g:
    print("reports without gold:", stems_r - stems_g, "gold without report:", stems_g - stems_r)
    ok = False
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    path = os.path.join(REPORTS, d["doc"])
    errs = validate(d, read_text(path))
    byid = {f["id"]: f for f in d["facts"]}
    sums = defaultdict(list)
    for f in d["facts"]:
        if f.get("group") and f.get("parent_id"):
            sums[(f["group"], f["parent_id"])].append(f)
    audited = {fid for a in d["audit"] for fid in a["fact_ids"]}
    for (grp, pid), fs in sums.items():
        if byid[pid]["unit"] == "percent" or any(isinstance(x["value"], str) for x in fs):
            continue
        s = sum(x["value"] for x in fs)
        pv = byid[pid]["value"]
        if abs(s - pv) > 1e-9 and not any(x["id"] in audited for x in fs + [byid[pid]]):
            # units may differ inside a sex/age partition (persons + children); that still sums
            errs.append(f"group {grp}: parts {s} != parent {pv} and not in audit")
    n = len(d["facts"])
    total += n
    audits += len(d["audit"])
    print(f"{d['doc']}: {n} facts, {len(d['audit'])} audit, {len(d['skipped'])} skipped" + ("" if not errs else f", {len(errs)} ERRORS"))
    for e in errs:
        print("   -", e)
        ok = False
print(f"total: {len(golds)} files, {total} facts, {audits} audit findings")
sys.exit(0 if ok else 1)

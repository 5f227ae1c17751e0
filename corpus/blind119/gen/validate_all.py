"""Check all eight blind119 reports and gold files: JSON, quotes in `zvitparse read` text, ids, parents, 20–60 facts,
3–8 KB of read text, checks true, slips false, ≤ 2 slips per report, 4–8 slips in the set, at least one report
without a slip."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

golds = sorted(glob.glob(os.path.join(GOLD, "b119_*.json")))
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b119_"))
errs = []
if len(golds) != 8 or len(reports) != 8:
    errs.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
total_slips, clean, total_facts = 0, 0, 0
for gp in golds:
    stem = os.path.splitext(os.path.basename(gp))[0]
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except ValueError as e:
        errs.append(f"{stem}: bad JSON: {e}")
        continue
    if os.path.splitext(d["doc"])[0] != stem or d["doc"] not in reports:
        errs.append(f"{stem}: doc {d['doc']} does not match a report")
        continue
    text = read_text(os.path.join(REPORTS, d["doc"]))
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"{stem}: read text {size} bytes outside 3–8 KB")
    for e in validate(d, text):
        errs.append(f"{stem}: {e}")
    slips = {a["slip"] for a in d["audit"]}
    if len(slips) > 2:
        errs.append(f"{stem}: {len(slips)} slips (> 2)")
    total_slips += len(slips)
    clean += not slips
    total_facts += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(slips)} slip(s), {len(d['audit'])} finding(s), "
          f"{len(d['checks_passed'])} checks, {size} bytes")
if not 4 <= total_slips <= 8:
    errs.append(f"{total_slips} slips in the set (need 4–8)")
if clean < 1:
    errs.append("no report without a slip")
print(f"total: {total_facts} facts, {total_slips} slips, {clean} report(s) without a slip")
if errs:
    print("\n".join("ERROR " + e for e in errs))
    sys.exit(1)
print("all OK")

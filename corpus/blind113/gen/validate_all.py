"""Validate all eight blind113 reports and gold files.

Checks per file: the gold JSON loads; every quote (facts, parents, audit, checks, skips) is a verbatim substring of
`zvitparse read` text; fact ids unique, parents resolve; indicator/unit/service/kekv/criterion ids known; 20–60 facts;
3–8 KB of read text (UTF-8 bytes); every checks_passed verify is true and every audit verify false; at most 2 planted
slips per report. Over the set: eight reports, 4–8 slips, at least one report without a slip.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GOLD, REPORTS, read_text, validate

errors = []
golds = sorted(glob.glob(os.path.join(GOLD, "b113_*.json")))
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b113_*")) if os.path.isfile(p))
if len(golds) != 8 or len(reports) != 8:
    errors.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
total_slips, total_facts, no_slip = 0, 0, 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    rp = os.path.join(REPORTS, d["doc"])
    if os.path.splitext(d["doc"])[0] != stem or not os.path.exists(rp):
        errors.append(f"{stem}: doc {d['doc']} missing or misnamed")
        continue
    text = read_text(rp)
    errs = validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    total_slips += len(slips)
    total_facts += len(d["facts"])
    no_slip += not slips
    for e in errs:
        errors.append(f"{stem}: {e}")
    print(f"{stem}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d['audit'])} finding(s), "
          f"{len(d['checks_passed'])} checks, {size} bytes")
if not 4 <= total_slips <= 8:
    errors.append(f"set has {total_slips} slips (need 4–8)")
if no_slip < 1:
    errors.append("every report has a slip (need at least one without)")
print(f"total: {total_facts} facts, {total_slips} slips, {no_slip} report(s) without a slip")
if errors:
    print("PROBLEMS:")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("all OK")

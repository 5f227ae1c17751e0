"""Validate all eight blind95 reports and gold files: JSON, quotes in `zvitparse read` text, ids, parents,
20–60 facts, 3–8 KB of read text, checks true, slips false, ≤ 2 slips per report, 4–8 slips in the set,
at least one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

problems = []
total_slips = 0
no_slip = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b95_*.json")))
if len(golds) != 8:
    problems.append(f"expected 8 gold files, found {len(golds)}")
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b95_*")) if os.path.isfile(p))
if len(reports) != 8:
    problems.append(f"expected 8 reports, found {len(reports)}")
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    if os.path.splitext(d["doc"])[0] != stem:
        problems.append(f"{gp}: doc {d['doc']} does not match the file stem")
    rp = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(rp):
        problems.append(f"{gp}: report {d['doc']} missing")
        continue
    text = read_text(rp)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        problems.append(f"{d['doc']}: {size} bytes of read text, outside 3–8 KB")
    for e in validate(d, text):
        problems.append(f"{d['doc']}: {e}")
    slips = {a["slip"] for a in d["audit"]}
    if len(slips) > 2:
        problems.append(f"{d['doc']}: {len(slips)} slips (max 2)")
    total_slips += len(slips)
    no_slip += not slips
    print(f"{d['doc']:48s} facts {len(d['facts']):3d}  slips {len(slips)}  findings {len(d['audit'])}  "
          f"checks {len(d['checks_passed']):2d}  skipped {len(d['skipped']):2d}  text {size} B")
if not 4 <= total_slips <= 8:
    problems.append(f"{total_slips} slips in the set (need 4–8)")
if no_slip < 1:
    problems.append("every report has a slip (need at least one without)")
print(f"slips in the set: {total_slips}; reports without a slip: {no_slip}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

"""Validate all eight blind98 gold files against the text `zvitparse read` prints for their reports.

Checks per file: JSON loads, `doc` names an existing report with the same stem, every quote (facts, parents,
audit, checks, skipped) is in the read text, fact ids unique, parents resolve, known indicators/units/services/
criteria/KEKV, 20–60 facts, 3–8 KB of read text, every checks_passed `verify` true, every audit `verify` false,
at most 2 planted slips per report. Over the set: 8 reports, 4–8 planted slips, at least one report without a slip.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

problems = []
total_facts = 0
slips_total = 0
no_slip_reports = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b98_*.json")))
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b98_"))
if len(golds) != 8 or len(reports) != 8:
    problems.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
for gp in golds:
    name = os.path.basename(gp)
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except ValueError as e:
        problems.append(f"{name}: bad JSON: {e}")
        continue
    if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
        problems.append(f"{name}: doc {d['doc']} has another stem")
    rp = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(rp):
        problems.append(f"{name}: report {d['doc']} missing")
        continue
    text = read_text(rp)
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes outside 3-8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (> 2)")
    slips_total += len(slips)
    no_slip_reports += not slips
    total_facts += len(d["facts"])
    for e in errs:
        problems.append(f"{name}: {e}")
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes")
if not 4 <= slips_total <= 8:
    problems.append(f"{slips_total} planted slips in the set (want 4-8)")
if no_slip_reports < 1:
    problems.append("every report has a slip; at least one must have none")
print(f"total: {total_facts} facts, {slips_total} planted slips, {no_slip_reports} report(s) without a slip")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

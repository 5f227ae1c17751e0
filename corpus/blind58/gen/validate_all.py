"""Validate every blind58 gold file against the text `zvitparse read` prints for its report.

Checks per file (common.validate): JSON structure, indicator/unit/service/criterion/kekv ids, quotes and
parent quotes verbatim in the read text, parent ids resolve, 20–60 facts, every checks_passed `verify`
true and every audit `verify` false. Across the set: each report has a gold file and vice versa,
3 000–8 192 bytes of read text per report, 4–8 planted slips in the set and at most 2 per report.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

problems = []
slips_total = set()
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b58_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b58_*.json")))
stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g:
    problems.append(f"reports without gold: {sorted(stems_r - stems_g)}; gold without report: {sorted(stems_g - stems_r)}")
if len(reports) != 8:
    problems.append(f"{len(reports)} reports, expected 8")
total_facts = 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    path = os.path.join(REPORTS, d["doc"])
    text = read_text(path)
    nbytes = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= nbytes <= 8192:
        errs.append(f"read text is {nbytes} bytes, outside 3000..8192")
    slips = {a["slip"] for a in d["audit"]}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips, at most 2 per report")
    for a in d["audit"]:
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify"):
            if k not in a:
                errs.append(f"audit finding lacks {k}")
    slips_total |= slips
    total_facts += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} finding(s) / {len(slips)} slip(s), "
          f"{len(d['checks_passed'])} checks, {nbytes} bytes" + ("" if not errs else f"  -> {len(errs)} problem(s)"))
    problems += [f"{d['doc']}: {e}" for e in errs]
if not 4 <= len(slips_total) <= 8:
    problems.append(f"{len(slips_total)} slips in the set, expected 4..8")
print(f"total: {len(golds)} gold files, {total_facts} facts, {len(slips_total)} slips")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

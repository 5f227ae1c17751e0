"""Validate the whole blind108 set: every gold file against its report's `zvitparse read` text
(and, for `part` quotes, the named package part), plus the set-level rules of the brief."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate, parts_of

MIN_KB, MAX_KB = 3000, 8000
problems = []
total_facts = 0
slips = set()
no_slip_reports = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b108_0*.json")))
if len(golds) != 8:
    problems.append(f"expected 8 gold files, found {len(golds)}")
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    if os.path.splitext(d["doc"])[0] != stem:
        problems.append(f"{stem}: doc name {d['doc']} does not match")
    path = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(path):
        problems.append(f"{stem}: report missing")
        continue
    text = read_text(path)
    size = len(text.encode("utf-8"))
    if not MIN_KB <= size <= MAX_KB:
        problems.append(f"{stem}: read text {size} bytes outside 3–8 KB")
    errs = validate(d, text, parts_of(path, d))
    problems += [f"{stem}: {e}" for e in errs]
    s = {a["slip"] for a in d["audit"]}
    if len(s) > 2:
        problems.append(f"{stem}: {len(s)} slips (max 2)")
    if not s:
        no_slip_reports += 1
    slips |= s
    total_facts += len(d["facts"])
    print(f"{stem}: {len(d['facts'])} facts, {len(d['audit'])} finding(s) / {len(s)} slip(s), "
          f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes")
if not 4 <= len(slips) <= 8:
    problems.append(f"{len(slips)} slips in the set (need 4–8)")
if no_slip_reports < 1:
    problems.append("every report has a slip (need at least one without)")
print(f"total: {total_facts} facts, {len(slips)} slips, {no_slip_reports} report(s) without a slip")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

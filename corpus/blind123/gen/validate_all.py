"""Validate the whole blind123 set: every gold JSON against `zvitparse read` of its report.

Checks per file: JSON loads, the report exists with the same stem, quotes are verbatim in the read text,
indicator/unit/service/criterion/kekv ids are known, parents resolve, 20–60 facts, 3–8 KB of read text,
every checks_passed `verify` is true, every audit `verify` is false, at most 2 slips per report.
Checks on the set: eight reports, 4–8 slips in all, at least one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

golds = sorted(glob.glob(os.path.join(GOLD, "b123_*.json")))
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b123_*")) if os.path.isfile(p))
problems = []
if len(golds) != 8:
    problems.append(f"expected 8 gold files, found {len(golds)}")
if len(reports) != 8:
    problems.append(f"expected 8 reports, found {len(reports)}")
total_slips, no_slip, total_facts = 0, 0, 0
for gp in golds:
    stem = os.path.splitext(os.path.basename(gp))[0]
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except ValueError as e:
        problems.append(f"{stem}: bad JSON: {e}")
        continue
    if os.path.splitext(d.get("doc", ""))[0] != stem:
        problems.append(f"{stem}: doc field {d.get('doc')!r} does not match the file name")
    rp = os.path.join(REPORTS, d.get("doc", ""))
    if not os.path.isfile(rp):
        problems.append(f"{stem}: report {rp} missing")
        continue
    text = read_text(rp)
    errs = validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8000:
        errs.append(f"read text is {size} bytes, outside 3–8 KB")
    slips = {a.get("slip") for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (at most 2 per report)")
    if not slips:
        no_slip += 1
    total_slips += len(slips)
    total_facts += len(d.get("facts", []))
    for e in errs:
        problems.append(f"{stem}: {e}")
    print(f"{stem}: {len(d['facts'])} facts, {len(d['audit'])} finding(s) / {len(slips)} slip(s), "
          f"{len(d['checks_passed'])} checks, {size} bytes {'OK' if not errs else 'FAIL'}")
if not 4 <= total_slips <= 8:
    problems.append(f"{total_slips} slips in the set (4–8 required)")
if no_slip < 1:
    problems.append("every report has a slip (at least one must have none)")
print(f"set: {total_facts} facts, {total_slips} slips, {no_slip} report(s) without a slip")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

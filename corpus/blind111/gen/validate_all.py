"""Validate the whole blind111 set: every gold JSON against the text `zvitparse read` prints for its report.

Checks per file: JSON loads, doc exists, quotes (facts, parents, audit, checks, skipped) are verbatim in the read
text, fact ids unique, parents resolve, 20–60 facts, 3–8 KB of read text (UTF-8 bytes), every checks_passed
`verify` true, every audit `verify` false, at most 2 planted slips (distinct slip ids) per report.
Across the set: eight reports, 4–8 slips, at least one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

problems = []
slips_total = 0
no_slip = 0
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b111_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b111_*.json")))
if len(reports) != 8 or len(golds) != 8:
    problems.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
total_facts = 0
for gp in golds:
    name = os.path.basename(gp)
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except ValueError as e:
        problems.append(f"{name}: bad JSON: {e}")
        continue
    doc = os.path.join(REPORTS, d["doc"])
    if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
        problems.append(f"{name}: doc {d['doc']} has another stem")
    if not os.path.exists(doc):
        problems.append(f"{name}: report {d['doc']} missing")
        continue
    text = read_text(doc)
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes, outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    slips_total += len(slips)
    no_slip += not slips
    total_facts += len(d["facts"])
    for e in errs:
        problems.append(f"{name}: {e}")
    print(f"{name}: {len(d['facts'])} facts, {len(d['audit'])} findings / {len(slips)} slip(s), "
          f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} B read text"
          + ("" if not errs else f"  <-- {len(errs)} problem(s)"))
if not 4 <= slips_total <= 8:
    problems.append(f"{slips_total} slips in the set, outside 4–8")
if no_slip < 1:
    problems.append("every report has a slip; at least one must have none")
print(f"set: {total_facts} facts, {slips_total} slips, {no_slip} report(s) without a slip")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

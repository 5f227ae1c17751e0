"""Validate all eight blind104 gold files against their reports (the only zvitparse command used is `read`).

Checks per file: valid JSON, doc name and stem, every quote / parent_quote / audit / check / skipped quote is a
verbatim substring of `zvitparse read FILE`, ids unique, parents resolve, known indicators / units / services /
criteria / KEKV, 20–60 facts, 3–8 KB of read text, every checks_passed verify true, every audit verify false,
at most 2 slips per report; for the set: 8 reports, 4–8 slips, at least one report without a slip.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

problems = 0
slips_total = 0
no_slip = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b104_*.json")))
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b104_"))
if len(golds) != 8 or len(reports) != 8:
    print(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
    problems += 1
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    errs = []
    if os.path.splitext(d["doc"])[0] != stem:
        errs.append(f"doc {d['doc']} does not match gold stem {stem}")
    rp = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(rp):
        errs.append("report missing")
        text = ""
    else:
        text = read_text(rp)
    errs += validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes, outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (> 2)")
    slips_total += len(slips)
    no_slip += not slips
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(slips)} slips), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes" + (" — OK" if not errs else ""))
    for e in errs:
        print("  -", e)
    problems += len(errs)
if not 4 <= slips_total <= 8:
    print(f"set has {slips_total} slips, outside 4–8")
    problems += 1
if no_slip < 1:
    print("no report without a slip")
    problems += 1
print(f"slips in the set: {slips_total}; reports without a slip: {no_slip}")
print("ALL OK" if not problems else f"{problems} problem(s)")
sys.exit(1 if problems else 0)

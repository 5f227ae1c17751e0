"""Check all eight blind122 reports and gold files together.

Per file: the gold JSON loads, names match, every quote (facts, parents, audit, checks, skipped) is a verbatim
substring of `zvitparse read`, fact ids unique, parents resolve, 20–60 facts, 3–8 KB of read text, every
checks_passed verify true, every audit verify false, at most 2 slips. Set: eight reports, 4–8 slips, at least
one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

PREFIX = "b122_"
errors = []
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, PREFIX + "*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, PREFIX + "*.json")))
if len(reports) != 8:
    errors.append(f"expected 8 reports, found {len(reports)}")
if len(golds) != 8:
    errors.append(f"expected 8 gold files, found {len(golds)}")
stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g:
    errors.append(f"report/gold stems differ: {sorted(stems_r ^ stems_g)}")

total_facts = total_slips = 0
no_slip = 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    name = d["doc"]
    if os.path.splitext(name)[0] != os.path.splitext(os.path.basename(gp))[0]:
        errors.append(f"{gp}: doc {name} does not match the file name")
    rp = os.path.join(REPORTS, name)
    if not os.path.exists(rp):
        errors.append(f"{name}: report missing")
        continue
    text = read_text(rp)
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    if not slips:
        no_slip += 1
    total_slips += len(slips)
    total_facts += len(d["facts"])
    print(f"{name}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(slips)} slip(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes" + (" — PROBLEMS" if errs else " — OK"))
    errors += [f"{name}: {e}" for e in errs]

if not 4 <= total_slips <= 8:
    errors.append(f"{total_slips} slips in the set (need 4–8)")
if no_slip < 1:
    errors.append("every report has a slip (need at least one without)")
print(f"set: {len(golds)} files, {total_facts} facts, {total_slips} slips, {no_slip} report(s) without a slip")
if errors:
    print("\n".join("  - " + e for e in errors))
    sys.exit(1)
print("all checks passed")

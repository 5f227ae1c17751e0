"""Check all eight blind102 reports and gold files together.

Per file: the gold JSON loads; every quote (facts, parents, audit, checks, skipped) is a verbatim substring of
`zvitparse read FILE`; ids are unique and parents resolve; 20–60 facts; 3–8 KB (UTF-8 bytes) of read text;
every `checks_passed` verify is true and every `audit` verify false; at most 2 planted slips per report.
Set: eight reports with prefixes b102_01 … b102_08, 4–8 slips in all, at least one report without a slip.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

errors = []
slips_total = 0
no_slip = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b102_*.json")))
if len(golds) != 8:
    errors.append(f"expected 8 gold files, found {len(golds)}")
for n, path in enumerate(golds, 1):
    name = os.path.basename(path)
    if not name.startswith(f"b102_0{n}_"):
        errors.append(f"{name}: unexpected prefix (wanted b102_0{n}_)")
    try:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
    except (OSError, ValueError) as e:
        errors.append(f"{name}: bad JSON: {e}")
        continue
    rep = os.path.join(REPORTS, d["doc"])
    if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
        errors.append(f"{name}: doc {d['doc']} has a different stem")
    if not os.path.exists(rep):
        errors.append(f"{name}: report {d['doc']} missing")
        continue
    text = read_text(rep)
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8000:
        errs.append(f"read text {size} bytes outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    slips_total += len(slips)
    no_slip += not slips
    for e in errs:
        errors.append(f"{name}: {e}")
    print(f"{name}: {len(d['facts'])} facts, {len(slips)} slip(s) in {len(d.get('audit', []))} finding(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes of read text{'' if not errs else ' — PROBLEMS'}")
if not 4 <= slips_total <= 8:
    errors.append(f"{slips_total} slips in the set (want 4–8)")
if not no_slip:
    errors.append("every report has a slip (want at least one without)")
print(f"set: {slips_total} slips, {no_slip} report(s) without a slip")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("all OK")

"""Validate the whole blind74 set: every report has a gold file of the same stem, every gold file
passes common.validate (JSON shape, quotes in the `zvitparse read` text, ids, parents, 20–60 facts,
checks true, slips false), the read text is 3 000–8 192 bytes, and the set has 4–8 planted slips,
at most 2 per report."""
import glob
import json
import os
import sys
from common import REPORTS, GOLD, read_text, validate

errors = 0
slips_total = 0
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b74_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b74_*.json")))
if len(reports) != 8:
    print(f"expected 8 reports, found {len(reports)}")
    errors += 1
stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems != gstems:
    print("report / gold stems differ:", sorted(stems ^ gstems))
    errors += 1
total_facts = 0
for rp in reports:
    stem = os.path.splitext(os.path.basename(rp))[0]
    gp = os.path.join(GOLD, stem + ".json")
    if not os.path.exists(gp):
        continue
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("doc") != os.path.basename(rp):
        print(f"{stem}: doc field {d.get('doc')!r} does not name the report")
        errors += 1
    text = read_text(rp)
    errs = validate(d, text)
    n = len(text.encode("utf-8"))
    if not 3000 <= n <= 8192:
        errs.append(f"read text is {n} bytes, outside 3000..8192")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips in one report (max 2)")
    for a in d.get("audit", []):
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
            if k not in a:
                errs.append(f"audit finding lacks {k}")
        if a.get("severity") not in ("error", "warning", "info"):
            errs.append(f"bad severity {a.get('severity')!r}")
    for c in d.get("checks_passed", []):
        if "verify" not in c:
            errs.append("check lacks verify")
    slips_total += len(slips)
    total_facts += len(d["facts"])
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(slips)} slips), "
          f"{len(d.get('checks_passed', []))} checks, {n} bytes — {status}")
    for e in errs:
        print("  -", e)
    errors += len(errs)
if not 4 <= slips_total <= 8:
    print(f"set has {slips_total} slips, outside 4..8")
    errors += 1
print(f"total: {total_facts} facts, {slips_total} slips, {errors} problem(s)")
sys.exit(1 if errors else 0)

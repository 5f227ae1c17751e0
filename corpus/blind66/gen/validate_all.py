"""Validate every blind66 gold file against its report.

Checks: JSON loads; the gold's `doc` exists; every quote is in the read text (`zvitparse read FILE`, or for
.eml the mail-client view of mailview.py); fact ids, parents, vocab; 20–60 facts; 3 000–8 192 bytes of read
text; every checks_passed `verify` true and every audit `verify` false; 4–8 planted slips in the set and at
most 2 per report; every report has a gold file.
"""
import glob
import json
import os
import sys

import common
import mailview

errors = 0
slips = set()
per_report = {}
total_facts = 0
reports = sorted(f for f in os.listdir(common.REPORTS) if os.path.isfile(os.path.join(common.REPORTS, f))
                 and f.startswith("b66_"))
golds = sorted(glob.glob(os.path.join(common.GOLD, "*.json")))
stems = {os.path.splitext(os.path.basename(g))[0] for g in golds}
for r in reports:
    if os.path.splitext(r)[0] not in stems:
        print(f"{r}: no gold file")
        errors += 1
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    path = common.report_path(d["doc"])
    if not os.path.exists(path):
        print(f"{gp}: report {d['doc']} missing")
        errors += 1
        continue
    if os.path.splitext(gp)[0].split(os.sep)[-1] != os.path.splitext(d["doc"])[0]:
        print(f"{gp}: stem differs from doc {d['doc']}")
        errors += 1
    text = mailview.register(path) if path.endswith(".eml") else common.read_text(path)
    errs = common.validate(d, text)
    n = len(text.encode("utf-8"))
    if not 3000 <= n <= 8192:
        errs.append(f"read text is {n} bytes, outside 3000..8192")
    s = {a["slip"] for a in d.get("audit", [])}
    slips |= s
    per_report[d["doc"]] = len(s)
    if len(s) > 2:
        errs.append(f"{len(s)} slips in one report (at most 2)")
    total_facts += len(d["facts"])
    for e in errs:
        print(f"{d['doc']}: {e}")
    errors += len(errs)
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings, "
          f"{len(d.get('checks_passed', []))} checks, {n} bytes{'' if errs else ', OK'}")
if not 4 <= len(slips) <= 8:
    print(f"set has {len(slips)} slips (need 4..8)")
    errors += 1
print(f"{len(golds)} gold files, {total_facts} facts, {len(slips)} planted slips, {errors} problem(s)")
sys.exit(1 if errors else 0)

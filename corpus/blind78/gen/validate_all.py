"""Validate every gold file of blind78 against its report (written for this set).

Checks, per file: the gold JSON loads; its `doc` exists and has the gold's stem; common.validate
(quotes, parent quotes, audit/check/skip quotes are verbatim in the `zvitparse read` text; known
indicators, units, services, KEKV, criteria; unique ids; parents resolve; 20–60 facts; every
`checks_passed` verify is true and every audit verify is false); 3 000–8 192 bytes of read text;
audit findings carry rule, severity, reported, expected, fact_ids, note, slip and verify.
For the set: 8 reports, 8 gold files, 4–8 distinct planted slips, at most 2 per report.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

AUDIT_KEYS = ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify", "quote")
errors = []
slips = {}
total_facts = 0
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b78_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b78_*.json")))
if len(reports) != 8 or len(golds) != 8:
    errors.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
for gp in golds:
    stem = os.path.splitext(os.path.basename(gp))[0]
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    doc = d.get("doc", "")
    if os.path.splitext(doc)[0] != stem:
        errors.append(f"{stem}: doc {doc!r} does not match the gold stem")
    path = os.path.join(REPORTS, doc)
    if not os.path.isfile(path):
        errors.append(f"{stem}: report {doc} missing")
        continue
    text = read_text(path)
    for e in validate(d, text):
        errors.append(f"{stem}: {e}")
    n = len(text.encode("utf-8"))
    if not 3000 <= n <= 8192:
        errors.append(f"{stem}: {n} bytes of read text, outside 3000..8192")
    for a in d.get("audit", []):
        miss = [k for k in AUDIT_KEYS if k not in a]
        if miss:
            errors.append(f"{stem}: audit finding lacks {miss}")
        if a.get("severity") not in ("error", "warning", "info"):
            errors.append(f"{stem}: bad severity {a.get('severity')!r}")
        slips.setdefault(stem, set()).add(a.get("slip"))
    for c in d.get("checks_passed", []):
        if not c.get("verify"):
            errors.append(f"{stem}: check without verify")
    total_facts += len(d["facts"])
    print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings, "
          f"{len(slips.get(stem, ()))} slip(s), {len(d.get('checks_passed', []))} checks, {n} bytes")
nslips = sum(len(v) for v in slips.values())
for stem, v in slips.items():
    if len(v) > 2:
        errors.append(f"{stem}: {len(v)} slips (at most 2)")
if not 4 <= nslips <= 8:
    errors.append(f"{nslips} planted slips in the set (want 4..8)")
print(f"total: {total_facts} facts, {nslips} planted slips, "
      f"{sum(1 for g in golds for _ in json.load(open(g, encoding='utf-8')).get('audit', []))} audit findings")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")

"""Validate the whole blind63 set: every report has a gold file and vice versa; JSON loads; every quote,
parent quote, audit/check/skip quote is in the `zvitparse read` text; ids and parents resolve; 20-60 facts;
3 000-8 192 bytes of read text; checks_passed verify true; audit verify false; 4-8 slips in the set,
at most 2 per report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192
MIN_SLIPS, MAX_SLIPS = 4, 8

errors = []
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b63_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b63_*.json")))
stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g:
    errors.append(f"report/gold mismatch: {sorted(stems_r ^ stems_g)}")
if len(reports) != 8:
    errors.append(f"expected 8 reports, found {len(reports)}")

all_slips = set()
tot_facts = tot_audit = 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    rp = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(rp):
        errors.append(f"{gp}: doc {d['doc']} missing")
        continue
    text = read_text(rp)
    n = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not MIN_BYTES <= n <= MAX_BYTES:
        errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips in one report (max 2)")
    for a in d.get("audit", []):
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
            if k not in a:
                errs.append(f"audit finding lacks {k}")
    all_slips |= slips
    tot_facts += len(d["facts"])
    tot_audit += len(d.get("audit", []))
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(slips)} slip(s), "
          f"{len(d.get('checks_passed', []))} checks, {n} bytes" + ("" if not errs else f"  ** {len(errs)} problem(s)"))
    errors += [f"{d['doc']}: {e}" for e in errs]

if not MIN_SLIPS <= len(all_slips) <= MAX_SLIPS:
    errors.append(f"{len(all_slips)} slips in the set, outside {MIN_SLIPS}..{MAX_SLIPS}")
print(f"total: {tot_facts} facts, {tot_audit} audit findings, {len(all_slips)} slips")
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")

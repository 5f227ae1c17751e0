"""Validate all eight blind101 gold files against the reports (`zvitparse read` text).

Checks: JSON loads; doc names b101_0N_…; every quote, parent_quote, check/audit/skip quote is in the read text;
fact ids unique and parents resolve; 20–60 facts; 3–8 KB of read text (UTF-8 bytes); every checks_passed
`verify` true and every audit `verify` false; ≤ 2 slips per report, 4–8 slips in the set, at least one report
without a slip.
"""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

errors = 0
slips_total = 0
no_slip = 0
files = sorted(glob.glob(os.path.join(GOLD, "b101_*.json")))
if len(files) != 8:
    print(f"expected 8 gold files, found {len(files)}")
    errors += 1
tot_facts = tot_audit = 0
for gp in files:
    stem = os.path.splitext(os.path.basename(gp))[0]
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except ValueError as e:
        print(f"{stem}: bad JSON: {e}")
        errors += 1
        continue
    doc = d.get("doc", "")
    if os.path.splitext(doc)[0] != stem or not re.match(r"^b101_0[1-8]_[a-z0-9]+_[a-z]+_[a-z0-9_]+\.\w+$", doc):
        print(f"{stem}: doc name {doc!r} does not fit")
        errors += 1
    path = os.path.join(REPORTS, doc)
    if not os.path.exists(path):
        print(f"{stem}: report {doc} missing")
        errors += 1
        continue
    text = read_text(path)
    errs = validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes outside 3–8 KB")
    slips = {a.get("slip") for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips > 2")
    slips_total += len(slips)
    no_slip += not slips
    tot_facts += len(d["facts"])
    tot_audit += len(d.get("audit", []))
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(slips)} slip(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes — {status}")
    for e in errs:
        print("   -", e)
    errors += len(errs)
if not 4 <= slips_total <= 8:
    print(f"set: {slips_total} slips, outside 4–8")
    errors += 1
if no_slip < 1:
    print("set: every report has a slip")
    errors += 1
print(f"set: {tot_facts} facts, {tot_audit} audit findings, {slips_total} slips, {no_slip} report(s) without a slip")
print("ALL OK" if not errors else f"{errors} problem(s)")
sys.exit(1 if errors else 0)

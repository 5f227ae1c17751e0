"""Validate every gold file of blind61 against its report (written for this set; uses common.validate).

Checks per file: JSON loads, the report exists and every report has a gold file (same stem), quotes are
substrings of the `zvitparse read` text, ids/parents resolve, 20–60 facts, 3 000–8 192 bytes of read text,
every checks_passed `verify` is true and every audit `verify` false, at most 2 planted slips per report.
Over the set: 4–8 planted slips (distinct `slip` ids)."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192
errors = 0
slips = set()
reports = sorted(p for p in os.listdir(REPORTS) if p.startswith("b61_") and os.path.isfile(os.path.join(REPORTS, p)))
golds = sorted(glob.glob(os.path.join(GOLD, "b61_*.json")))
stems_r = {os.path.splitext(p)[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g:
    print("report/gold mismatch:", sorted(stems_r ^ stems_g))
    errors += 1
if len(reports) != 8:
    print(f"expected 8 reports, found {len(reports)}")
    errors += 1
total_facts = 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    if os.path.splitext(d["doc"])[0] != stem:
        print(f"{gp}: doc {d['doc']} does not match the file name")
        errors += 1
    text = read_text(os.path.join(REPORTS, d["doc"]))
    errs = validate(d, text)
    n = len(text.encode("utf-8"))
    if not MIN_BYTES <= n <= MAX_BYTES:
        errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
    file_slips = {a["slip"] for a in d.get("audit", [])}
    if len(file_slips) > 2:
        errs.append(f"{len(file_slips)} slips in one report (max 2)")
    for a in d.get("audit", []):
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
            if k not in a:
                errs.append(f"audit finding lacks {k}")
    slips |= file_slips
    total_facts += len(d["facts"])
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, {len(file_slips)} slip(s), "
          f"{len(d.get('checks_passed', []))} checks, {n} bytes: {status}")
    for e in errs:
        print("  -", e)
    errors += len(errs)
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} planted slips in the set, outside 4..8")
    errors += 1
print(f"total: {total_facts} facts, {len(slips)} planted slips")
if errors:
    print(f"FAILED: {errors} problem(s)")
    sys.exit(1)
print("all OK")

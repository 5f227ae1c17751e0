"""Validate every gold file of the set against its report (read with `zvitparse read`).

Checks per file: JSON loads, doc exists with the same stem, every quote / parent_quote / skipped quote
is in the read text, ids unique, parents resolve, 20–60 facts, 3 000–8 192 bytes of read text,
every checks_passed verify is true, every audit verify is false. Across the set: 8 reports,
4–8 planted slips (distinct slip ids), at most 2 per report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

errors = 0
slips = set()
total_facts = 0
golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b68_*")) if os.path.isfile(p))
if len(golds) != 8 or len(reports) != 8:
    print(f"expected 8 gold files and 8 reports, found {len(golds)} and {len(reports)}")
    errors += 1
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    if os.path.splitext(d["doc"])[0] != stem:
        print(f"{gp}: doc {d['doc']} does not match the gold stem")
        errors += 1
    path = os.path.join(REPORTS, d["doc"])
    if not os.path.exists(path):
        print(f"{gp}: report {d['doc']} missing")
        errors += 1
        continue
    text = read_text(path)
    errs = validate(d, text)
    nbytes = len(text.encode("utf-8"))
    if not 3000 <= nbytes <= 8192:
        errs.append(f"read text is {nbytes} bytes, outside 3000..8192")
    file_slips = {a["slip"] for a in d.get("audit", [])}
    if len(file_slips) > 2:
        errs.append(f"{len(file_slips)} slips in one report (max 2)")
    slips |= file_slips
    total_facts += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(file_slips)} slips), "
          f"{len(d['checks_passed'])} checks, {nbytes} bytes" + ("" if not errs else f" — {len(errs)} problem(s)"))
    for e in errs:
        print("   -", e)
    errors += len(errs)
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} planted slips in the set, expected 4..8")
    errors += 1
print(f"total: {total_facts} facts, {len(slips)} planted slips; {'OK' if not errors else f'{errors} problem(s)'}")
sys.exit(1 if errors else 0)

"""Validate all eight blind114 reports and gold files.

Checks, per file: the gold JSON loads; every quote (facts, parents, checks, audit, skipped) is a verbatim
substring of `zvitparse read FILE`; fact ids are unique and parents resolve; indicators, units, services,
KEKV and criteria are known ids; 20–60 facts; 3–8 KB of read text (UTF-8 bytes); every checks_passed
`verify` is true and every audit `verify` false (common.validate). Per set: at most 2 slips per report,
4–8 slips in the set, at least one report without a slip, eight reports with a gold file each.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

errors = []
names = sorted(f for f in os.listdir(REPORTS) if f.startswith("b114_") and os.path.isfile(os.path.join(REPORTS, f)))
if len(names) != 8:
    errors.append(f"expected 8 reports, found {len(names)}: {names}")
golds = sorted(glob.glob(os.path.join(GOLD, "b114_*.json")))
if len(golds) != 8:
    errors.append(f"expected 8 gold files, found {len(golds)}")
total_slips = 0
no_slip = 0
total_facts = 0
for name in names:
    stem = os.path.splitext(name)[0]
    gpath = os.path.join(GOLD, stem + ".json")
    try:
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
    except (OSError, ValueError) as e:
        errors.append(f"{name}: gold does not load: {e}")
        continue
    if d.get("doc") != name:
        errors.append(f"{name}: gold doc field is {d.get('doc')!r}")
    text = read_text(os.path.join(REPORTS, name))
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8000:
        errors.append(f"{name}: {size} bytes of read text, outside 3–8 KB")
    for e in validate(d, text):
        errors.append(f"{name}: {e}")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errors.append(f"{name}: {len(slips)} slips (> 2)")
    if not slips:
        no_slip += 1
    total_slips += len(slips)
    total_facts += len(d["facts"])
    print(f"{name}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes")
if not 4 <= total_slips <= 8:
    errors.append(f"{total_slips} slips in the set, outside 4–8")
if no_slip < 1:
    errors.append("every report has a slip")
print(f"total: {total_facts} facts, {total_slips} slips")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("all OK")

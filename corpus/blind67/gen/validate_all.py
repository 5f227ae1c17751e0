"""Validate every blind67 gold file against its report (uses only `zvitparse read`).

Checks, per file: JSON loads; the report exists; quotes, parent quotes, skipped/check/audit quotes are
verbatim in the read text; ids unique and parents resolve; indicators/units/services/KEKV/criteria are
known; 20–60 facts; 3 000–8 192 bytes of read text; every checks_passed `verify` is true and every audit
`verify` is false; audit findings carry rule, severity, reported, expected, fact_ids, note, slip.
Over the set: 8 reports, 4–8 planted slips, at most 2 per report."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

AUDIT_KEYS = ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip")
problems = []
slips = {}
total_facts = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b67_*.json")))
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b67_*")) if os.path.isfile(p))
if len(golds) != 8 or len(reports) != 8:
    problems.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
for path in golds:
    stem = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    doc = os.path.join(REPORTS, d["doc"])
    if os.path.splitext(d["doc"])[0] != stem:
        problems.append(f"{stem}: doc {d['doc']} has another stem")
    if not os.path.exists(doc):
        problems.append(f"{stem}: report missing")
        continue
    text = read_text(doc)
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8192:
        errs.append(f"read text is {size} bytes, outside 3000..8192")
    for a in d.get("audit", []):
        for k in AUDIT_KEYS:
            if k not in a:
                errs.append(f"audit finding lacks {k}")
        slips.setdefault(stem, set()).add(a.get("slip"))
    for e in errs:
        problems.append(f"{stem}: {e}")
    total_facts += len(d["facts"])
    print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings "
          f"({len(slips.get(stem, ()))} slip(s)), {len(d.get('checks_passed', []))} checks, {size} bytes")
n_slips = sum(len(s) for s in slips.values())
if not 4 <= n_slips <= 8:
    problems.append(f"{n_slips} planted slips in the set, outside 4..8")
for stem, s in slips.items():
    if len(s) > 2:
        problems.append(f"{stem}: {len(s)} slips, more than 2")
print(f"total: {total_facts} facts, {n_slips} planted slips, "
      f"{sum(len(json.load(open(p, encoding='utf-8')).get('audit', [])) for p in golds)} audit findings")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

"""Validate every blind25 gold file against its report.

Checks, per file: the JSON loads and has doc/meta/facts/audit/checks_passed/skipped; the report
exists; every quote (facts, parents, audit, checks, skipped) is a substring of the text
`zvitparse read FILE` prints; fact ids are unique and parents resolve; 20–60 facts; 3 000–8 192
bytes of read text; every `checks_passed` verify is true and every `audit` verify is false.
Over the set: eight reports, at most two planted slips per report, 4–8 slips in all.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

bad = 0
slips = set()
total_facts = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b25_*.json")))
for gf in golds:
    with open(gf, encoding="utf-8") as fh:
        d = json.load(fh)
    rep = os.path.join(REPORTS, d["doc"])
    if os.path.splitext(os.path.basename(gf))[0] != os.path.splitext(d["doc"])[0]:
        print(f"{gf}: stem differs from doc {d['doc']}")
        bad += 1
    if not os.path.exists(rep):
        print(f"{d['doc']}: report missing")
        bad += 1
        continue
    errs = validate(d, read_text(rep))
    own = {a["slip"] for a in d.get("audit", [])}
    if len(own) > 2:
        errs.append(f"{len(own)} slips in one report (max 2)")
    slips |= own
    total_facts += len(d["facts"])
    size = len(read_text(rep).encode("utf-8"))
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(own)} slips), "
          f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes — {status}")
    for e in errs:
        print("   -", e)
    bad += bool(errs)
if len(golds) != 8:
    print(f"expected 8 gold files, found {len(golds)}")
    bad += 1
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} slips in the set, outside 4..8")
    bad += 1
print(f"total: {len(golds)} files, {total_facts} facts, {len(slips)} planted slips")
sys.exit(1 if bad else 0)

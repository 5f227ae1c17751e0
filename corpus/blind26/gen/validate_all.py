"""Validate every blind26 report and its gold: JSON shape, quotes in `zvitparse read` text, fact ids and
parents, 20–60 facts, 3 000–8 192 bytes of UTF-8 read text, checks true, slips false, 4–8 slips in all,
at most 2 per report, 8 reports with their gold files."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

STEM = re.compile(r"^b26_0[1-8]_[a-z]+_[a-z]+_[a-z0-9_]+$")
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b26_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b26_*.json")))
bad = 0
if len(reports) != 8:
    print(f"expected 8 reports, found {len(reports)}")
    bad += 1
stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
if stems_r != stems_g:
    print("reports without gold:", sorted(stems_r - stems_g), "gold without report:", sorted(stems_g - stems_r))
    bad += 1
slips = set()
n_facts = n_audit = 0
for p in reports:
    stem = os.path.splitext(os.path.basename(p))[0]
    if not STEM.match(stem):
        print(f"{stem}: name does not follow b26_0N_<place>_<body>_<kind><year>")
        bad += 1
    gp = os.path.join(GOLD, stem + ".json")
    if not os.path.exists(gp):
        continue
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("doc") != os.path.basename(p):
        print(f"{stem}: gold doc field {d.get('doc')!r}")
        bad += 1
    text = read_text(p)
    errs = validate(d, text)
    own = {a["slip"] for a in d.get("audit", [])}
    if len(own) > 2:
        errs.append(f"{len(own)} slips (at most 2 per report)")
    slips |= own
    n_facts += len(d["facts"])
    n_audit += len(d["audit"])
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{os.path.basename(p)}: {len(d['facts'])} facts, {len(d['audit'])} audit, "
          f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, "
          f"{len(text.encode('utf-8'))} bytes: {status}")
    for e in errs:
        print("  -", e)
    bad += bool(errs)
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} planted slips in the set, expected 4..8")
    bad += 1
print(f"total: {n_facts} facts, {n_audit} audit findings, {len(slips)} slips")
sys.exit(1 if bad else 0)

"""Validate every blind28 report and gold file: JSON shape, quotes in the `zvitparse read` text, fact ids and
parents, 20–60 facts, 3 000–8 192 bytes of UTF-8 read text, checks true, slips false, 4–8 slips in the set
and at most 2 per report, eight reports with gold."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

problems = 0
slips = set()
golds = sorted(glob.glob(os.path.join(GOLD, "b28_*.json")))
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b28_*")) if os.path.isfile(p))
if len(golds) != 8 or len(reports) != 8:
    print(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
    problems += 1
stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
tot_f = 0
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    stem = os.path.splitext(os.path.basename(gp))[0]
    if stem not in stems or os.path.splitext(d["doc"])[0] != stem:
        print(f"{gp}: no report with this stem / doc mismatch")
        problems += 1
        continue
    text = read_text(os.path.join(REPORTS, d["doc"]))
    errs = validate(d, text)
    file_slips = {a["slip"] for a in d.get("audit", [])}
    if len(file_slips) > 2:
        errs.append(f"{len(file_slips)} slips in one report (max 2)")
    slips |= file_slips
    tot_f += len(d["facts"])
    status = "OK" if not errs else f"{len(errs)} problem(s)"
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(file_slips)} slips), "
          f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {len(text.encode('utf-8'))} bytes: {status}")
    for e in errs:
        print("   -", e)
    problems += len(errs)
if not 4 <= len(slips) <= 8:
    print(f"{len(slips)} slips in the set, outside 4..8")
    problems += 1
print(f"total: {tot_f} facts, {len(slips)} slips; {'ALL OK' if not problems else f'{problems} problem(s)'}")
sys.exit(1 if problems else 0)

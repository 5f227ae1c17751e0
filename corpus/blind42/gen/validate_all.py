"""Validate the whole blind42 set: every report has a gold file (same stem) and vice versa; each gold passes
common.validate against the text `zvitparse read` prints (JSON, quotes, ids, parents, 20–60 facts, checks true,
slips false); 3 000–8 192 bytes of read text per report; 4–8 planted slips in the set, at most 2 per report."""
import glob
import json
import os
import re
import sys
from common import GOLD, REPORTS, read_text, validate

NAME_RE = re.compile(r"^b42_0[1-8]_[a-z]+_[a-z]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")
problems = []
reports = sorted(f for f in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, f)) and f.startswith("b42_"))
golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
if len(reports) != 8:
    problems.append(f"{len(reports)} reports, expected 8")
stems = {os.path.splitext(r)[0]: r for r in reports}
total_slips, total_facts = set(), 0
for r in reports:
    if not NAME_RE.match(r):
        problems.append(f"{r}: file name does not follow b42_0N_place_kind_period.ext")
    if not os.path.exists(os.path.join(GOLD, os.path.splitext(r)[0] + ".json")):
        problems.append(f"{r}: no gold file")
for gpath in golds:
    stem = os.path.splitext(os.path.basename(gpath))[0]
    if stem not in stems:
        problems.append(f"{gpath}: no report")
        continue
    with open(gpath, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("doc") != stems[stem]:
        problems.append(f"{stem}: doc field {d.get('doc')!r}")
    text = read_text(os.path.join(REPORTS, stems[stem]))
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        problems.append(f"{stem}: {size} bytes of read text, outside 3000..8192")
    errs = validate(d, text)
    problems += [f"{stem}: {e}" for e in errs]
    slips = {a["slip"] for a in d.get("audit", [])}
    for a in d.get("audit", []):
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
            if k not in a:
                problems.append(f"{stem}: audit finding lacks {k}")
    if len(slips) > 2:
        problems.append(f"{stem}: {len(slips)} slips, at most 2 per report")
    total_slips |= slips
    total_facts += len(d["facts"])
    print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings / {len(slips)} slip(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes")
if not 4 <= len(total_slips) <= 8:
    problems.append(f"{len(total_slips)} slips in the set, expected 4..8")
print(f"total: {total_facts} facts, {len(total_slips)} slips")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")

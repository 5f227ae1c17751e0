"""Validate the whole blind112 set: every report has a gold file; JSON loads; quotes are in the `zvitparse read`
text; fact ids unique and parents resolve; 20–60 facts; 3–8 KB of read text; checks true, slips false;
at most 2 slips per report, 4–8 slips in the set, at least one report without any."""
import glob
import json
import os
import re
import sys
from common import REPORTS, GOLD, read_text, validate

NAME_RE = re.compile(r"^b112_0[1-8]_[a-z_]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(docx|txt|html|pdf|odt)$")
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b112_"))
problems = []
total_slips = 0
no_slip_reports = 0
if len(reports) != 8:
    problems.append(f"expected 8 reports, found {len(reports)}")
for rep in reports:
    if not NAME_RE.match(rep):
        problems.append(f"{rep}: file name does not follow b112_0N_<place>_<body>_<period>.<ext>")
    gpath = os.path.join(GOLD, os.path.splitext(rep)[0] + ".json")
    if not os.path.exists(gpath):
        problems.append(f"{rep}: no gold file")
        continue
    try:
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
    except ValueError as e:
        problems.append(f"{gpath}: bad JSON: {e}")
        continue
    if d.get("doc") != rep:
        problems.append(f"{gpath}: doc is {d.get('doc')!r}")
    text = read_text(os.path.join(REPORTS, rep))
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8192:
        errs.append(f"read text is {size} bytes, outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    total_slips += len(slips)
    no_slip_reports += not slips
    for e in errs:
        problems.append(f"{rep}: {e}")
    print(f"{rep:45s} facts {len(d['facts']):2d}  slips {len(slips)}  findings {len(d['audit'])}  "
          f"checks {len(d['checks_passed']):2d}  skipped {len(d['skipped']):2d}  text {size} B")
if not 4 <= total_slips <= 8:
    problems.append(f"{total_slips} slips in the set (need 4–8)")
if no_slip_reports < 1:
    problems.append("every report has a slip (need at least one without)")
print(f"slips in the set: {total_slips}; reports without a slip: {no_slip_reports}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

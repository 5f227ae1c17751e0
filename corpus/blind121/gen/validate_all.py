"""Validate the whole blind121 set: every report has a gold file, each gold passes common.validate
(JSON, quotes in the `zvitparse read` text or, for `evidence: "source"` facts, in the raw file; ids;
parents; 20-60 facts; checks true; slips false), 3-8 KB of read text, <= 2 slips per report,
4-8 slips in the set and at least one report without a slip."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, source_text, validate

reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b121_*")) if os.path.isfile(p))
errors, slips_total, clean = [], 0, 0
if len(reports) != 8:
    errors.append(f"expected 8 reports, found {len(reports)}")
for i, path in enumerate(reports, 1):
    name = os.path.basename(path)
    if not re.match(rf"b121_0{i}_[a-z_]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(txt|html|docx|pdf)$", name):
        errors.append(f"{name}: file name does not follow b121_0N_<place>_<body>_<period>.<ext>")
    gpath = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    try:
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
    except (OSError, ValueError) as e:
        errors.append(f"{name}: gold unreadable: {e}")
        continue
    if d.get("doc") != name:
        errors.append(f"{name}: gold doc field is {d.get('doc')!r}")
    text = read_text(path)
    src = source_text(path) if any(f.get("evidence") == "source" for f in d["facts"]) else None
    errs = validate(d, text, src)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes, outside 3-8 KB")
    slip_ids = {a["slip"] for a in d.get("audit", [])}
    if len(slip_ids) > 2:
        errs.append(f"{len(slip_ids)} slips (max 2)")
    slips_total += len(slip_ids)
    clean += not slip_ids
    errors += [f"{name}: {e}" for e in errs]
    print(f"{name}: {len(d['facts'])} facts, {len(slip_ids)} slip(s) / {len(d.get('audit', []))} finding(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes of read text")
if not 4 <= slips_total <= 8:
    errors.append(f"{slips_total} slips in the set (4-8 required)")
if clean < 1:
    errors.append("no report without a slip")
print(f"set: {slips_total} slips, {clean} report(s) without a slip")
if errors:
    print("PROBLEMS:")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("all OK")

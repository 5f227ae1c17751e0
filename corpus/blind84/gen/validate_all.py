"""Validate every blind84 gold file against its report (as `zvitparse read` prints it).

Checks: JSON loads; every report has a gold file with the same stem and vice versa; common.validate
(quotes and parent quotes verbatim in the read text or, for evidence=chart, in the chart caches; ids;
parents; vocab; 20–60 facts; every checks_passed verify true; every audit verify false); read text
3 000–8 192 bytes; 4–8 planted slips in the set, at most 2 per report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate, chart_quotes, MIN_FACTS, MAX_FACTS

errs = []
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b84_*")) if os.path.isfile(p))
golds = sorted(glob.glob(os.path.join(GOLD, "b84_*.json")))
rstems = {os.path.splitext(os.path.basename(p))[0]: p for p in reports}
gstems = {os.path.splitext(os.path.basename(p))[0]: p for p in golds}
if set(rstems) != set(gstems):
    errs.append(f"stems differ: reports only {set(rstems) - set(gstems)}, gold only {set(gstems) - set(rstems)}")
if len(reports) != 8:
    errs.append(f"{len(reports)} reports, expected 8")
slips = set()
total_facts = 0
for stem, gp in sorted(gstems.items()):
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    rp = rstems.get(stem)
    if not rp:
        continue
    if d.get("doc") != os.path.basename(rp):
        errs.append(f"{stem}: doc field {d.get('doc')!r}")
    text = read_text(rp)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"{stem}: read text {size} bytes outside 3000..8192")
    for e in validate(d, text, chart_quotes(rp)):
        errs.append(f"{stem}: {e}")
    own = {a["slip"] for a in d.get("audit", [])}
    if len(own) > 2:
        errs.append(f"{stem}: {len(own)} slips (max 2)")
    slips |= own
    total_facts += len(d["facts"])
    print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, {len(d.get('checks_passed', []))} checks, "
          f"{len(d.get('skipped', []))} skipped, {size} bytes")
if not 4 <= len(slips) <= 8:
    errs.append(f"{len(slips)} slips in the set (need 4..8)")
print(f"total: {total_facts} facts, {len(slips)} slips")
if errs:
    print("PROBLEMS:")
    for e in errs:
        print(" -", e)
    sys.exit(1)
print("all OK")

"""Validate the whole blind103 set: for each of the eight reports, its gold JSON parses, has the same stem,
every quote is in the text `zvitparse read` prints, fact ids are unique and parents resolve, 20–60 facts,
3–8 KB of read text, every `checks_passed` verify is true and every audit verify false (a planted slip);
at most 2 slips per report, 4–8 slips in the set, at least one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

EXPECTED = 8
problems = []
slips_total = 0
reports_without = 0
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b103_0*")) if os.path.isfile(p))
if len(reports) != EXPECTED:
    problems.append(f"expected {EXPECTED} reports, found {len(reports)}")
for rp in reports:
    name = os.path.basename(rp)
    stem = os.path.splitext(name)[0]
    gp = os.path.join(GOLD, stem + ".json")
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except (OSError, json.JSONDecodeError) as e:
        problems.append(f"{name}: gold unreadable: {e}")
        continue
    if d.get("doc") != name:
        problems.append(f"{name}: gold doc field is {d.get('doc')!r}")
    text = read_text(rp)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        problems.append(f"{name}: read text {size} bytes, outside 3–8 KB")
    errs = validate(d, text)
    problems += [f"{name}: {e}" for e in errs]
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        problems.append(f"{name}: {len(slips)} slips (> 2)")
    if not slips:
        reports_without += 1
    slips_total += len(slips)
    print(f"{name}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d['audit'])} finding(s), "
          f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes")
if not 4 <= slips_total <= 8:
    problems.append(f"{slips_total} slips in the set, outside 4–8")
if reports_without < 1:
    problems.append("every report has a slip; at least one must have none")
stray = sorted(set(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(GOLD, "*.json")))
               - set(os.path.splitext(os.path.basename(p))[0] for p in reports))
if stray:
    problems.append(f"gold files without a report: {stray}")
print(f"set: {len(reports)} reports, {slips_total} slips, {reports_without} report(s) without a slip")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

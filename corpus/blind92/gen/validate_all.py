"""Validate all eight blind92 gold files against `zvitparse read` of their reports.

Checks per file: JSON loads, every quote / parent_quote / audit / check / skip quote is in the read text, fact ids
unique and parents resolve, indicators / units / services / kekv / criteria known, 20–60 facts, 3–8 KB of read text,
every checks_passed verify true, every audit verify false, at most 2 slips per report. Over the set: eight reports,
4–8 planted slips, at least one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

EXPECTED = 8
problems = []
slips_total = 0
no_slip = 0
golds = sorted(glob.glob(os.path.join(GOLD, "b92_*.json")))
if len(golds) != EXPECTED:
    problems.append(f"expected {EXPECTED} gold files, found {len(golds)}")
reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b92_*")) if os.path.isfile(p))
if len(reports) != EXPECTED:
    problems.append(f"expected {EXPECTED} reports, found {len(reports)}")
total_facts = 0
for gp in golds:
    try:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
    except (OSError, ValueError) as e:
        problems.append(f"{gp}: {e}")
        continue
    rp = os.path.join(REPORTS, d["doc"])
    if os.path.splitext(os.path.basename(gp))[0] != os.path.splitext(d["doc"])[0]:
        problems.append(f"{gp}: stem differs from doc {d['doc']}")
    if not os.path.exists(rp):
        problems.append(f"{gp}: report {d['doc']} missing")
        continue
    text = read_text(rp)
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3000 <= size <= 8192:
        errs.append(f"read text {size} bytes outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    slips_total += len(slips)
    no_slip += not slips
    total_facts += len(d["facts"])
    print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(slips)} slips), "
          f"{len(d['checks_passed'])} checks, {size} bytes" + ("" if not errs else f", {len(errs)} problem(s)"))
    problems += [f"{d['doc']}: {e}" for e in errs]
if not 4 <= slips_total <= 8:
    problems.append(f"{slips_total} slips in the set (want 4–8)")
if no_slip < 1:
    problems.append("every report has a slip (want at least one without)")
print(f"total: {total_facts} facts, {slips_total} slips, {no_slip} report(s) without a slip")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all OK")

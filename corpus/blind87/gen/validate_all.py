"""Validate every blind87 gold file against the text `zvitparse read` prints for its report.

Checks: JSON loads; every report has a gold file and vice versa; fact ids unique; parents resolve; indicator,
unit, service, criterion and kekv ids known; every quote (facts, parents, audit, checks, skipped) is a verbatim
substring of the read text (apostrophes unified to '); 20–60 facts per file; read text 3–8 KB; every
`checks_passed` verify expression is true and every `audit` verify expression is false (a planted slip);
at most 2 planted slips per report and 4–8 over the set. Exit status 1 on any problem.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, pct_ok, psum_ok, grim_ok, read_text, validate

problems = 0
# sanity of the verify helpers
assert pct_ok(44.2, 23, 52, 1) and not pct_ok(41.2, 15, 34, 1) and pct_ok(91, 87, 96, 0)
assert psum_ok([67.2, 24.1, 6.9, 1.7], 1) and not psum_ok([71.4, 23.8, 7.1], 1)
assert grim_ok(92.2, 64, 1) and not grim_ok(62.5, 37, 1)
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b87_"))
golds = sorted(glob.glob(os.path.join(GOLD, "b87_*.json")))
stems_r = {os.path.splitext(f)[0] for f in reports}
stems_g = {os.path.splitext(os.path.basename(f))[0] for f in golds}
for s in sorted(stems_r ^ stems_g):
    print(f"unpaired: {s}")
    problems += 1
total_facts = total_findings = 0
slips = set()
for gp in golds:
    with open(gp, encoding="utf-8") as fh:
        d = json.load(fh)
    path = os.path.join(REPORTS, d["doc"])
    text = read_text(path)
    errs = validate(d, text)
    size = len(text.encode("utf-8"))
    if not 3000 <= size <= 8192:
        errs.append(f"read text is {size} bytes, outside 3–8 KB")
    n, a = len(d["facts"]), len(d["audit"])
    total_facts += n
    total_findings += a
    own = set()
    for x in d["audit"]:
        if not x.get("slip"):
            errs.append(f"audit finding without a slip id: {x['rule']}")
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify"):
            if k not in x:
                errs.append(f"audit finding lacks {k}")
        own.add(x.get("slip"))
    if len(own) > 2:
        errs.append(f"{len(own)} planted slips in one report (at most 2)")
    slips |= own
    print(f"{d['doc']}: {n} facts, {a} audit, {len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, "
          f"{size} B text — {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
    for e in errs:
        print("   -", e)
    problems += len(errs)
n_slips = len(slips)
if not 4 <= n_slips <= 8:
    print(f"planted slips {n_slips} outside 4..8")
    problems += 1
print(f"total: {len(golds)} files, {total_facts} facts, {total_findings} audit findings, {n_slips} planted slips")
if problems:
    print(f"{problems} problem(s)")
    sys.exit(1)
print("all OK")

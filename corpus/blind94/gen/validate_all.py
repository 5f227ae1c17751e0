"""Validate the whole blind94 set: every report has a gold file, the JSON is well formed, every quote is in the
`zvitparse read` text, ids and parents resolve, 20–60 facts, 3–8 KB of read text, every check's `verify` is
true and every audit finding's `verify` is false, at most 2 planted slips per report, 4–8 slips in the set and
at least one report without a slip."""
import json
import os
import re
import sys
from common import REPORTS, GOLD, read_text, validate

KB = 1024
problems = []
reports = sorted(n for n in os.listdir(REPORTS) if re.match(r"b94_0[1-8]_", n))
golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
if len(reports) != 8:
    problems.append(f"expected 8 reports, found {len(reports)}: {reports}")
if sorted(os.path.splitext(r)[0] for r in reports) != sorted(os.path.splitext(g)[0] for g in golds):
    problems.append("reports and gold files do not pair up by stem")
set_slips = set()
no_slip = 0
for gname in golds:
    with open(os.path.join(GOLD, gname), encoding="utf-8") as fh:
        try:
            d = json.load(fh)
        except json.JSONDecodeError as e:
            problems.append(f"{gname}: bad JSON {e}")
            continue
    doc = d.get("doc")
    if os.path.splitext(doc)[0] != os.path.splitext(gname)[0]:
        problems.append(f"{gname}: doc {doc} does not match the file stem")
    text = read_text(os.path.join(REPORTS, doc))
    size = len(text.encode("utf-8"))
    errs = validate(d, text)
    if not 3 * KB <= size <= 8 * KB:
        errs.append(f"read text {size} bytes, outside 3–8 KB")
    slips = {a["slip"] for a in d.get("audit", [])}
    if len(slips) > 2:
        errs.append(f"{len(slips)} slips (max 2)")
    for a in d.get("audit", []):
        if not a.get("slip", "").startswith(os.path.splitext(doc)[0] + "#"):
            errs.append(f"audit slip id {a.get('slip')} does not name the document")
    set_slips |= slips
    no_slip += not slips
    print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(slips)} slip(s), "
          f"{len(d.get('checks_passed', []))} checks, {size} bytes" + ("" if not errs else f", {len(errs)} problem(s)"))
    problems += [f"{doc}: {e}" for e in errs]
if not 4 <= len(set_slips) <= 8:
    problems.append(f"{len(set_slips)} slips in the set (need 4–8)")
if no_slip < 1:
    problems.append("every report has a slip; at least one must have none")
print(f"set: {len(golds)} gold files, {len(set_slips)} planted slips, {no_slip} report(s) without a slip")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all checks passed")

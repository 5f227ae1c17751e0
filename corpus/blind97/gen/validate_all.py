"""Validate all eight blind97 gold files against the text `zvitparse read` prints for their reports.

Checks per file: valid JSON, stem matches a report, every quote (facts, parents, audit, checks, skipped) is
in the read text, ids and parents resolve, known indicators/units/services/criteria/KEKV, 20–60 facts,
3–8 KB of read text, every `checks_passed` verify true, every audit verify false, ≤ 2 slips per report.
Set-wide: 8 reports, 4–8 planted slips, at least one report without a slip."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

PREFIX = "b97_"


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, PREFIX + "*.json")))
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith(PREFIX))
    problems = []
    if len(golds) != 8:
        problems.append(f"expected 8 gold files, found {len(golds)}")
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    total_slips, clean, total_facts = 0, 0, 0
    for gp in golds:
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            problems.append(f"{gp}: bad JSON {e}")
            continue
        doc = d.get("doc", "")
        if os.path.splitext(doc)[0] != os.path.splitext(os.path.basename(gp))[0]:
            problems.append(f"{gp}: doc {doc!r} does not match the file stem")
        rp = os.path.join(REPORTS, doc)
        if not os.path.exists(rp):
            problems.append(f"{gp}: report {doc} missing")
            continue
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not 3000 <= size <= 8000:
            errs.append(f"read text is {size} bytes, outside 3–8 KB")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips, more than 2")
        total_slips += len(slips)
        clean += not slips
        total_facts += len(d.get("facts", []))
        for e in errs:
            problems.append(f"{doc}: {e}")
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(slips)} slip(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes, {'OK' if not errs else 'PROBLEMS'}")
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set, outside 4–8")
    if clean < 1:
        problems.append("every report has a slip; at least one must have none")
    print(f"total: {total_facts} facts, {total_slips} slips, {clean} report(s) without a slip")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()

"""Validate all blind115 gold files against their reports.

Checks per file: JSON loads, the report exists, every quote is in the `zvitparse read` text, fact ids
unique, parents resolve, 20–60 facts, 3–8 KB of read text (UTF-8 bytes), every checks_passed verify is
true, every audit verify is false, at most 2 slips per report. Over the set: eight reports, 4–8 slips,
at least one report without a slip.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

EXPECTED = 8


def main():
    paths = sorted(glob.glob(os.path.join(GOLD, "b115_*.json")))
    problems = []
    total_slips = 0
    no_slip = 0
    total_facts = 0
    if len(paths) != EXPECTED:
        problems.append(f"expected {EXPECTED} gold files, found {len(paths)}")
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(p))[0]
        if os.path.splitext(d["doc"])[0] != stem:
            problems.append(f"{stem}: doc {d['doc']} does not match the file stem")
        rp = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rp):
            problems.append(f"{stem}: report {d['doc']} missing")
            continue
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not 3000 <= size <= 8000:
            errs.append(f"read text {size} bytes outside 3–8 KB")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (> 2)")
        total_slips += len(slips)
        no_slip += not slips
        total_facts += len(d["facts"])
        for e in errs:
            problems.append(f"{stem}: {e}")
        print(f"{stem}: {len(d['facts'])} facts, {len(d['audit'])} finding(s) / {len(slips)} slip(s), "
              f"{len(d['checks_passed'])} checks, {size} bytes")
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set (need 4–8)")
    if no_slip < 1:
        problems.append("no report without a slip")
    print(f"set: {len(paths)} reports, {total_facts} facts, {total_slips} slips, {no_slip} report(s) without a slip")
    if problems:
        print("PROBLEMS:")
        for pr in problems:
            print("  -", pr)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

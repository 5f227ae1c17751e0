"""Validate all eight blind117 reports and gold files.

Checks, per file: the gold JSON loads; it names its report; every quote (facts, parents, audit, checks,
skipped) is in the `zvitparse read` text; fact ids are unique and parents resolve; indicators, units,
services, KEKV codes and criteria are known; 20–60 facts; 3–8 KB of read text; every `checks_passed`
verify is true and every `audit` verify is false; at most 2 planted slips per report.
For the set: eight reports, 4–8 slips, at least one report without a slip."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

PREFIX = "b117_"


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, PREFIX + "*.json")))
    problems = []
    total_facts = total_slips = total_findings = 0
    no_slip = 0
    if len(golds) != 8:
        problems.append(f"expected 8 gold files, found {len(golds)}")
    for gp in golds:
        stem = os.path.splitext(os.path.basename(gp))[0]
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            problems.append(f"{stem}: cannot load gold: {e}")
            continue
        doc = d.get("doc", "")
        if os.path.splitext(doc)[0] != stem:
            problems.append(f"{stem}: doc {doc!r} does not match the gold file name")
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            problems.append(f"{stem}: report {doc} missing")
            continue
        text = read_text(path)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not 3000 <= size <= 8192:
            errs.append(f"read text {size} bytes outside 3–8 KB")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (max 2)")
        if not slips:
            no_slip += 1
        for e in errs:
            problems.append(f"{stem}: {e}")
        total_facts += len(d["facts"])
        total_slips += len(slips)
        total_findings += len(d.get("audit", []))
        print(f"{stem}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes, {'OK' if not errs else 'PROBLEMS'}")
    if not 4 <= total_slips <= 8:
        problems.append(f"set has {total_slips} slips (need 4–8)")
    if no_slip < 1:
        problems.append("no report without a slip")
    print(f"total: {total_facts} facts, {total_slips} slips, {total_findings} findings, {no_slip} report(s) without a slip")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind106 set: every gold file against the text `zvitparse read` prints for its report.

Checks: JSON loads; one gold per report and eight of each; quotes (facts, parents, audit, checks,
skipped) are verbatim substrings of the read text; fact ids unique and parents resolve; indicator,
unit, service, criterion and kekv ids known; 20–60 facts; 3–8 KB of read text; every `checks_passed`
verify true and every audit verify false; at most 2 slips per report; 4–8 slips in the set; at least
one report without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_KB, MAX_KB = 3000, 8000


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b106_0*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b106_0*.json")))
    problems = []
    if len(reports) != 8 or len(golds) != 8:
        problems.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
    stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems != gstems:
        problems.append(f"stems differ: {sorted(stems ^ gstems)}")
    total_slips, no_slip = 0, 0
    for gp in golds:
        name = os.path.basename(gp)
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            problems.append(f"{name}: bad JSON: {e}")
            continue
        rp = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rp):
            problems.append(f"{name}: report {d['doc']} missing")
            continue
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_KB <= size <= MAX_KB:
            errs.append(f"read text is {size} bytes, outside {MIN_KB}..{MAX_KB}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (max 2)")
        total_slips += len(slips)
        no_slip += not slips
        for e in errs:
            problems.append(f"{name}: {e}")
        print(f"{name}: {len(d['facts'])} facts, {len(slips)} slip(s) in {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes of read text, {'OK' if not errs else 'PROBLEMS'}")
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set (need 4–8)")
    if no_slip < 1:
        problems.append("no report without a slip")
    print(f"set: {total_slips} slips, {no_slip} report(s) without a slip")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

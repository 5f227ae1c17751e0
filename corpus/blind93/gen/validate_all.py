"""Validate all eight blind93 gold files against their reports (the `zvitparse read` text).

Checks: JSON loads; doc exists; every quote (facts, parents, audit, checks, skipped) is in the read text;
ids unique, parents resolve; known indicators/units/services/KEKV/criteria; 20–60 facts; 3–8 KB of read
text; every checks_passed `verify` true, every audit `verify` false; ≤ 2 slips per report; 4–8 slips in
the set; at least one report without a slip; eight reports named b93_0N_…"""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_KB, MAX_KB = 3000, 8000


def main():
    problems = 0
    golds = sorted(glob.glob(os.path.join(GOLD, "b93_*.json")))
    reports = sorted(x for x in os.listdir(REPORTS) if x.startswith("b93_"))
    if len(golds) != 8 or len(reports) != 8:
        print(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
        problems += 1
    total_facts = total_slips = 0
    no_slip = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        errs = []
        if os.path.splitext(d["doc"])[0] != stem:
            errs.append("doc name does not match the gold file's stem")
        if not re.match(r"b93_0[1-8]_[a-z_]+_[a-z0-9_]+\.(txt|docx|pdf|html)$", d["doc"]):
            errs.append(f"bad report name {d['doc']}")
        path = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(path):
            errs.append("report file missing")
            print(stem, errs)
            problems += 1
            continue
        text = read_text(path)
        size = len(text.encode("utf-8"))
        if not MIN_KB <= size <= MAX_KB:
            errs.append(f"read text {size} bytes outside {MIN_KB}..{MAX_KB}")
        errs += validate(d, text)
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (> 2)")
        if not slips:
            no_slip += 1
        total_slips += len(slips)
        total_facts += len(d["facts"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{stem}: {len(d['facts'])} facts, {len(slips)} slip(s), {len(d['checks_passed'])} checks, "
              f"{size} bytes: {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= total_slips <= 8:
        print(f"set has {total_slips} slips, outside 4..8")
        problems += 1
    if no_slip < 1:
        print("no report without a slip")
        problems += 1
    print(f"total: {total_facts} facts, {total_slips} slips, {no_slip} report(s) without a slip; "
          f"{'ALL OK' if not problems else str(problems) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

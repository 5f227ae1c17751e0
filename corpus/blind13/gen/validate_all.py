"""Validate every gold file of blind13 against the text `zvitparse read` prints for its report.

Checks: JSON loads; one gold per report and the same stem; unique fact ids; parent ids resolve;
known indicator / unit / service / KEKV / criterion ids; every fact, parent, audit, check and skip
quote is a verbatim substring of the read text; 20–45 facts per file; audit fact ids resolve.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b13_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b13_*.json")))
    problems = 0
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    for s in sorted(stems_r ^ stems_g):
        print(f"unpaired: {s}")
        problems += 1
    tot_f = tot_a = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(d["doc"])[0] != os.path.splitext(os.path.basename(gp))[0]:
            print(f"{gp}: doc {d['doc']} does not match the gold stem")
            problems += 1
        errs = validate(d, read_text(doc))
        for e in errs:
            print(f"{d['doc']}: {e}")
        problems += len(errs)
        tot_f += len(d["facts"])
        tot_a += len(d["audit"])
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} audit, "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {len(errs)} problem(s)")
    print(f"total: {len(golds)} files, {tot_f} facts, {tot_a} audit findings, {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

"""Validate the whole blind23 set: every report has a gold file and the other way round; each gold is
valid JSON with doc / meta / facts / audit / checks_passed / skipped; every quote (facts, parents, audit,
checks, skips) is a verbatim substring of `zvitparse read FILE`; ids, parents and vocabulary resolve;
20–60 facts; 3 000–8 192 bytes of read text; every check's `verify` is true and every audit finding's
`verify` is false; 4–8 planted slips across the set, at most two per report.

    python3 validate_all.py            # validate
    python3 validate_all.py --repro    # also regenerate everything twice and compare checksums
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

from common import GEN, GOLD, REPORTS, read_text, validate

NAME = re.compile(r"^b23_0[1-8]_[a-z]+_[a-z]+_[a-z0-9_]+\.(docx|pdf|html|txt|md)$")


def reports():
    return sorted(p for p in glob.glob(os.path.join(REPORTS, "b23_*")) if os.path.isfile(p))


def checksums():
    out = {}
    for p in reports() + sorted(glob.glob(os.path.join(GOLD, "*.json"))):
        with open(p, "rb") as fh:
            out[os.path.basename(p)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def regenerate():
    for s in sorted(glob.glob(os.path.join(GEN, "r[0-9]_*.py"))):
        subprocess.run([sys.executable, s], cwd=GEN, check=True, capture_output=True)


def main():
    problems = []
    reps = reports()
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    rstems = {os.path.splitext(os.path.basename(p))[0] for p in reps}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if len(reps) != 8:
        problems.append(f"expected 8 reports, found {len(reps)}")
    for s in sorted(rstems ^ gstems):
        problems.append(f"report/gold pair incomplete: {s}")
    total_facts, slips = 0, set()
    for p in reps:
        if not NAME.match(os.path.basename(p)):
            problems.append(f"bad file name {os.path.basename(p)}")
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        text = read_text(os.path.join(REPORTS, d["doc"]))
        errs = validate(d, text)
        mine = {a["slip"] for a in d.get("audit", [])}
        if len(mine) > 2:
            errs.append(f"{len(mine)} slips in one report (max 2)")
        slips |= mine
        total_facts += len(d["facts"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{os.path.basename(gp)}: {len(d['facts'])} facts, {len(d['audit'])} audit, "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, "
              f"{len(text.encode('utf-8'))} bytes — {status}")
        problems += [f"{d['doc']}: {e}" for e in errs]
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set (want 4–8)")
    print(f"total: {total_facts} facts, {len(slips)} planted slips")
    if "--repro" in sys.argv:
        regenerate()
        a = checksums()
        regenerate()
        b = checksums()
        diff = [k for k in a if a[k] != b.get(k)]
        if diff:
            problems.append(f"not reproducible: {diff}")
        else:
            print(f"reproducible: {len(a)} files identical after two regenerations")
    if problems:
        print("PROBLEMS:")
        for x in problems:
            print("  -", x)
        sys.exit(1)
    print("all good")


if __name__ == "__main__":
    main()

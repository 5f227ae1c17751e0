"""Validate every gold file of blind20 against its report.

Checks, per file: the JSON loads; every fact / audit / check / skip quote is a verbatim substring of what
`zvitparse read FILE` prints; indicator, unit, service, KEKV and criterion ids are known; fact ids are
unique and every parent resolves; 20–60 facts; 3–8 KB of read text; every `checks_passed` verify is
true and every `audit` verify is false. Over the set: every report has a gold file (same stem) and vice
versa, and the planted slips (distinct `slip` ids) number 4–8.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_SLIPS, MAX_SLIPS = 4, 8


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b20_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b20_*.json")))
    problems = 0
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    for s in sorted(stems_r ^ stems_g):
        print(f"unpaired: {s}")
        problems += 1
    slips = set()
    total_facts = total_audit = 0
    for gp in golds:
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            print(f"{os.path.basename(gp)}: bad JSON: {e}")
            problems += 1
            continue
        path = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(d["doc"])[0] != os.path.splitext(os.path.basename(gp))[0]:
            print(f"{os.path.basename(gp)}: doc field {d['doc']} does not match the file name")
            problems += 1
        text = read_text(path)
        errs = validate(d, text)
        for a in d.get("audit", []):
            slips.add(a.get("slip"))
        total_facts += len(d["facts"])
        total_audit += len(d.get("audit", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, "
              f"{len(d.get('checks_passed', []))} checks, {len(text.encode('utf-8'))} bytes — {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not MIN_SLIPS <= len(slips) <= MAX_SLIPS:
        print(f"planted slips: {len(slips)}, outside {MIN_SLIPS}..{MAX_SLIPS}")
        problems += 1
    print(f"total: {len(golds)} files, {total_facts} facts, {total_audit} audit findings, {len(slips)} slips")
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

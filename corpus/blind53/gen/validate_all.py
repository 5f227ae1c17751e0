"""Validate every gold file of blind53 against its report (see common.validate) and the set-level rules."""
import glob
import json
import os
import sys
from collections import Counter
from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    errors = 0
    slips = Counter()
    total_facts = total_findings = 0
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b53_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b53_*.json")))
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g or len(reports) != 8:
        print("reports and gold files do not pair up:", sorted(stems_r ^ stems_g), len(reports))
        errors += 1
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        rp = os.path.join(REPORTS, d["doc"])
        text = read_text(rp)
        errs = validate(d, text)
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d["audit"]}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        for s in file_slips:
            slips[s] += 1
        total_facts += len(d["facts"])
        total_findings += len(d["audit"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{os.path.basename(gp)}: {len(d['facts'])} facts, {len(d['audit'])} findings, "
              f"{len(d['checks_passed'])} checks, {n} bytes — {status}")
        for e in errs:
            print("   -", e)
        errors += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} slips, outside 4..8")
        errors += 1
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if errors:
        print(f"FAILED: {errors} problem(s)")
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

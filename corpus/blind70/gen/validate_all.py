"""Validate every blind70 gold file against its report (run after the generators).

Checks per file: JSON loads; `doc` names an existing report with the same stem; every quote, parent_quote,
check/audit/skipped quote is a substring of `zvitparse read FILE` (apostrophes unified); ids unique; parents
resolve; indicator/unit/service/kekv/criterion ids known; 20–60 facts; 3 000–8 192 bytes of read text; every
`checks_passed` verify is true and every `audit` verify false; at most 2 slips per report.
Set-wide: 4–8 planted slips; every report has a gold file and every gold file a report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    errors = 0
    slips = set()
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b70_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b70_*.json")))
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    for s in sorted(stems_r ^ stems_g):
        print(f"unpaired: {s}")
        errors += 1
    total_facts = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        if os.path.splitext(d["doc"])[0] != stem:
            print(f"{stem}: doc field {d['doc']} does not match the file name")
            errors += 1
        rp = os.path.join(REPORTS, d["doc"])
        text = read_text(rp)
        errs = validate(d, text)
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips |= file_slips
        total_facts += len(d["facts"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), {len(d['checks_passed'])} checks, "
              f"{n} bytes — {status}")
        for e in errs:
            print("   -", e)
        errors += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} planted slips, outside 4..8")
        errors += 1
    print(f"total: {len(golds)} gold files, {total_facts} facts, {len(slips)} slips")
    if errors:
        print(f"FAILED: {errors} problem(s)")
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate every gold file of blind88 against its report (written for this set).

For each gold JSON: the report exists; `common.validate` passes (known indicators/units/services/
criteria/KEKV, quotes, parent_quote and audit/check/skipped quotes are verbatim substrings of the text
`zvitparse read` prints, ids unique, parents resolve, 20–60 facts, every check's verify true, every
audit verify false); the read text is 3 000–8 192 bytes; each report has at most 2 planted slips.
Across the set: 4–8 planted slips, every report has a gold file and vice versa."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    errors = []
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b88_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b88_*.json")))
    rstems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if rstems != gstems:
        errors.append(f"reports without gold: {sorted(rstems - gstems)}; gold without report: {sorted(gstems - rstems)}")
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}")
    slips_total = set()
    n_facts = n_audit = n_checks = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        if os.path.splitext(d["doc"])[0] != stem:
            errors.append(f"{gp}: doc {d['doc']} does not match the file stem")
            continue
        rp = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rp):
            errors.append(f"{gp}: report {d['doc']} missing")
            continue
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_BYTES <= size <= MAX_BYTES:
            errs.append(f"read text {size} bytes outside {MIN_BYTES}..{MAX_BYTES}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} planted slips (at most 2 per report)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips_total |= slips
        n_facts += len(d["facts"])
        n_audit += len(d.get("audit", []))
        n_checks += len(d.get("checks_passed", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes: {status}")
        errors += [f"{d['doc']}: {e}" for e in errs]
    if not 4 <= len(slips_total) <= 8:
        errors.append(f"{len(slips_total)} planted slips in the set (want 4–8)")
    print(f"total: {n_facts} facts, {n_audit} audit findings ({len(slips_total)} slips), {n_checks} checks")
    if errors:
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate every gold file of the set against the text `zvitparse read` prints for its report.

Checks: JSON loads; meta fields; quotes, parent quotes, audit/check/skip quotes are verbatim in the read
text; ids unique and parents resolve; 20–60 facts; 3 000–8 192 bytes of read text; every
checks_passed `verify` true and every audit `verify` false; at most 2 slips per report, 4–8 in the set.
"""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    problems = 0
    slips = set()
    total_facts = total_audit = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(os.path.basename(gp))[0] != os.path.splitext(d["doc"])[0]:
            print(f"{gp}: stem differs from doc {d['doc']}")
            problems += 1
        text = read_text(doc)
        errs = validate(d, text)
        nb = len(text.encode("utf-8"))
        if not MIN_BYTES <= nb <= MAX_BYTES:
            errs.append(f"read text is {nb} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errs.append(f"{len(own)} slips in one report (max 2)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips |= own
        total_facts += len(d["facts"])
        total_audit += len(d.get("audit", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, "
              f"{len(d.get('checks_passed', []))} checks, {nb} bytes: {status}")
        for e in errs:
            print("  -", e)
        problems += len(errs)
    n_reports = len(glob.glob(os.path.join(REPORTS, "b72_*")))
    if len(golds) != 8 or n_reports != 8:
        print(f"expected 8 reports and 8 gold files, found {n_reports} and {len(golds)}")
        problems += 1
    if not 4 <= len(slips) <= 8:
        print(f"{len(slips)} planted slips in the set (need 4–8)")
        problems += 1
    print(f"total: {total_facts} facts, {total_audit} audit findings, {len(slips)} slips; "
          f"{'ALL OK' if not problems else f'{problems} problem(s)'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

"""Validate every blind29 gold file against the text `zvitparse read` prints for its report.

Checks per file: JSON loads, the report exists, quotes / parent quotes / skipped quotes are verbatim
substrings of the read text, ids unique, parents resolve, indicators/units/vocab ids known, 20–60 facts,
3 000–8 192 bytes of read text, every checks_passed `verify` true and every audit `verify` false,
≤ 2 planted slips per report. Across the set: 8 reports, 4–8 planted slips, file names match stems.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "b29_*.json")))
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b29_*")) if os.path.isfile(p))
    problems = []
    if len(golds) != 8 or len(reports) != 8:
        problems.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        problems.append(f"stems differ: {sorted(stems_r ^ stems_g)}")
    slips = set()
    total_facts = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        rp = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rp):
            problems.append(f"{d['doc']}: report missing")
            continue
        text = read_text(rp)
        n = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} planted slips (max 2 per report)")
        slips |= file_slips
        total_facts += len(d["facts"])
        for e in errs:
            problems.append(f"{d['doc']}: {e}")
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes{'' if not errs else ' – PROBLEMS'}")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {len(slips)} planted slips")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate every blind45 gold file against its report (uses only `zvitparse read`).

Checks per file: JSON loads, gold `doc` names an existing report with the same stem, quotes (facts,
parents, audit, checks, skipped) are in the read text, ids unique, parents resolve, 20–60 facts,
3 000–8 192 bytes of read text, every `checks_passed` verify is true, every `audit` verify is false,
at most 2 planted slips per file. Over the set: 4–8 planted slips, 8 reports.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "b45_*.json")))
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b45_*")) if os.path.isfile(p))
    errs = []
    if len(golds) != 8 or len(reports) != 8:
        errs.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        errs.append(f"stems differ: reports only {stems_r - stems_g}, gold only {stems_g - stems_r}")
    slips, total_facts = set(), 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        name = os.path.basename(gp)
        rp = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
            errs.append(f"{name}: doc {d['doc']} has another stem")
        if not os.path.exists(rp):
            errs.append(f"{name}: report {d['doc']} missing")
            continue
        text = read_text(rp)
        nbytes = len(text.encode("utf-8"))
        if not MIN_BYTES <= nbytes <= MAX_BYTES:
            errs.append(f"{name}: {nbytes} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            errs.append(f"{name}: {e}")
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            errs.append(f"{name}: {len(file_slips)} planted slips (at most 2)")
        slips |= file_slips
        total_facts += len(d["facts"])
        print(f"{name}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(file_slips)} slips), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, {nbytes} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} planted slips in the set (want 4–8)")
    print(f"total: {total_facts} facts, {len(slips)} planted slips")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

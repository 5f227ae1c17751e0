"""Validate every gold file of blind54 against its report (via `zvitparse read` only).

Checks: JSON loads; one gold per report and the same stem; quotes, parent quotes, audit, check and
skip quotes are verbatim in the read text; fact ids unique, parents resolve; 20–60 facts;
3 000–8 192 bytes of read text; every `checks_passed` verify true, every `audit` verify false;
4–8 planted slips in the set, at most 2 per report; meta has the SPEC §5 fields."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b54_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b54_*.json")))
    errs = []
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        errs.append(f"reports without gold: {sorted(stems_r - stems_g)}; gold without report: {sorted(stems_g - stems_r)}")
    if len(reports) != 8:
        errs.append(f"{len(reports)} reports, expected 8")
    slips, nfacts, naudit = set(), 0, 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        rp = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rp):
            errs.append(f"{gp}: doc {d['doc']} missing")
            continue
        text = read_text(rp)
        e = validate(d, text)
        errs += [f"{d['doc']}: {x}" for x in e]
        nb = len(text.encode("utf-8"))
        if not MIN_BYTES <= nb <= MAX_BYTES:
            errs.append(f"{d['doc']}: {nb} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errs.append(f"{d['doc']}: {len(own)} slips (max 2)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify"):
                if k not in a:
                    errs.append(f"{d['doc']}: audit finding lacks {k}")
        slips |= own
        nfacts += len(d["facts"])
        naudit += len(d.get("audit", []))
        print(f"{d['doc']:45s} {len(d['facts']):3d} facts  {len(d.get('audit', [])):2d} audit  "
              f"{len(d.get('checks_passed', [])):3d} checks  {nb:5d} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} slips in the set, expected 4..8")
    print(f"total: {nfacts} facts, {naudit} audit findings, {len(slips)} slips")
    if errs:
        print(f"{len(errs)} problem(s):")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

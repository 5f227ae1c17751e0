"""Validate the whole blind90 set: every report has a gold file with the same stem; each gold passes
common.validate (JSON shape, ids, parents, vocab, quotes in `zvitparse read` text, checks true, slips false);
20–60 facts; 3 000–8 192 bytes of read text; 4–8 planted slips in the set, at most 2 per report."""
import glob
import json
import os
import sys

from common import REPORTS, GOLD, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b90_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b90_*.json")))
    problems = []
    stems_r = {os.path.splitext(os.path.basename(p))[0]: p for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0]: p for p in golds}
    if set(stems_r) != set(stems_g):
        problems.append(f"report/gold stems differ: {sorted(set(stems_r) ^ set(stems_g))}")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips = set()
    tot_facts = tot_findings = 0
    for stem in sorted(stems_g):
        with open(stems_g[stem], encoding="utf-8") as fh:
            d = json.load(fh)
        if stem not in stems_r:
            continue
        if d.get("doc") != os.path.basename(stems_r[stem]):
            problems.append(f"{stem}: doc field {d.get('doc')!r} does not name the report")
        text = read_text(stems_r[stem])
        nbytes = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_BYTES <= nbytes <= MAX_BYTES:
            errs.append(f"{nbytes} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errs.append(f"{len(own)} slips in one report (max 2)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips |= own
        tot_facts += len(d["facts"])
        tot_findings += len(d.get("audit", []))
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings, "
              f"{len(d.get('checks_passed', []))} checks, {nbytes} bytes" + (" – PROBLEMS" if errs else " – OK"))
        problems += [f"{stem}: {e}" for e in errs]
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set, expected 4..8")
    print(f"total: {tot_facts} facts, {tot_findings} audit findings, {len(slips)} slips")
    if problems:
        print("\n".join("  - " + p for p in problems))
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind69 set: every report has a gold file with the same stem; every gold file
passes common.validate (JSON structure, vocabulary ids, quotes in the `zvitparse read` text, parents,
20–60 facts, checks true, audit findings false); 3 000–8 192 bytes of read text per report; 4–8
planted slips in the set, at most 2 per report; 6 + 2 reports; one place per report."""
import glob
import json
import os
import sys

import common

PFX = "b69_"


def main():
    reports = sorted(p for p in glob.glob(os.path.join(common.REPORTS, PFX + "*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(common.GOLD, PFX + "*.json")))
    errs = []
    if len(reports) != 8:
        errs.append(f"expected 8 reports, found {len(reports)}")
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        errs.append(f"report/gold stems differ: {sorted(stems_r ^ stems_g)}")
    slips = set()
    total_facts = total_findings = 0
    settlements = []
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        rp = common.report_path(d["doc"])
        if os.path.splitext(d["doc"])[0] != stem:
            errs.append(f"{stem}: doc field {d['doc']} does not match the file stem")
        if not os.path.exists(rp):
            errs.append(f"{stem}: report {d['doc']} missing")
            continue
        text = common.read_text(rp)
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            errs.append(f"{stem}: {n} bytes of read text, outside 3000..8192")
        for e in common.validate(d, text):
            errs.append(f"{stem}: {e}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errs.append(f"{stem}: {len(own)} slips (at most 2 per report)")
        for a in d.get("audit", []):
            for key in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if key not in a:
                    errs.append(f"{stem}: audit finding lacks {key}")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errs.append(f"{stem}: check lacks verify")
        slips |= own
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        settlements.append(d["meta"]["settlement"])
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} planted slips in the set, outside 4..8")
    if len(set(settlements)) != len(settlements):
        errs.append("a settlement is used twice")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

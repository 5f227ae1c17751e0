"""Validate the whole blind57 set: every report has a gold file with the same stem, every gold file is valid
JSON that passes common.validate against `zvitparse read` text (quotes, ids, parents, vocab, 20–60 facts,
checks true, slips false), every read text is 3 000–8 192 bytes, and the set has 4–8 planted slips with at
most 2 per report."""
import glob
import json
import os
import sys

from common import REPORTS, GOLD, read_text, validate, report_path

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b57_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b57_*.json")))
    problems = []
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        problems.append(f"reports without gold: {sorted(stems_r - stems_g)}; gold without report: {sorted(stems_g - stems_r)}")
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    slips = set()
    total_facts = 0
    total_findings = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        if os.path.splitext(doc)[0] != os.path.splitext(os.path.basename(gp))[0]:
            problems.append(f"{gp}: doc {doc} does not match the file name")
        text = read_text(report_path(doc))
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            problems.append(f"{doc}: read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            problems.append(f"{doc}: {e}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            problems.append(f"{doc}: {len(own)} slips (at most 2 per report)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{doc}: audit finding lacks {k}")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                problems.append(f"{doc}: check lacks verify")
        slips |= own
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind51 set: every report has a gold file with the same stem and vice versa; each gold
passes common.validate (JSON shape, quotes in `zvitparse read` text, ids, parents, 20–60 facts, checks true,
slips false); the read text is 3 000–8 192 bytes; the set has 4–8 planted slips, at most 2 per report."""
import glob
import json
import os
import sys

from common import REPORTS, GOLD, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192
MIN_SLIPS, MAX_SLIPS = 4, 8


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b51_") and os.path.isfile(os.path.join(REPORTS, f)))
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    problems = []
    stems_r = {os.path.splitext(f)[0] for f in reports}
    stems_g = {os.path.splitext(os.path.basename(f))[0] for f in golds}
    for s in sorted(stems_r ^ stems_g):
        problems.append(f"report/gold mismatch: {s}")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips = set()
    total_facts = total_findings = 0
    print(f"{'gold file':45} facts audit slips checks skipped bytes")
    for path in golds:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        if os.path.splitext(doc)[0] != os.path.splitext(os.path.basename(path))[0]:
            problems.append(f"{path}: doc {doc} does not match the file name")
        text = read_text(os.path.join(REPORTS, doc))
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            problems.append(f"{doc}: {n} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            problems.append(f"{doc}: {e}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            problems.append(f"{doc}: {len(own)} slips, at most 2 per report")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{doc}: audit finding lacks {k}")
        slips |= own
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        print(f"{os.path.basename(path):45} {len(d['facts']):5} {len(d.get('audit', [])):5} {len(own):5} "
              f"{len(d.get('checks_passed', [])):6} {len(d.get('skipped', [])):7} {n:5}")
    if not MIN_SLIPS <= len(slips) <= MAX_SLIPS:
        problems.append(f"{len(slips)} planted slips in the set, expected {MIN_SLIPS}..{MAX_SLIPS}")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

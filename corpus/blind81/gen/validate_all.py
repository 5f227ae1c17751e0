"""Validate the whole blind81 set: every report has a gold file of the same stem; each gold parses,
its quotes are in the `zvitparse read` text (in garbled form for the mojibake page), ids/parents
resolve, 20–60 facts, 3 000–8 192 bytes of read text, every checks_passed verify is true and every
audit verify false; the set holds 4–8 planted slips, at most 2 per report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

EXPECTED = 8


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b81_") and os.path.isfile(os.path.join(REPORTS, f)))
    golds = sorted(glob.glob(os.path.join(GOLD, "b81_*.json")))
    problems = []
    if len(reports) != EXPECTED:
        problems.append(f"{len(reports)} reports, expected {EXPECTED}")
    stems = {os.path.splitext(r)[0] for r in reports}
    gstems = {os.path.splitext(os.path.basename(g))[0] for g in golds}
    if stems != gstems:
        problems.append(f"report/gold stems differ: {sorted(stems ^ gstems)}")
    slips, total_facts, total_findings = set(), 0, 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        if os.path.splitext(doc)[0] != os.path.splitext(os.path.basename(gp))[0]:
            problems.append(f"{gp}: doc {doc} does not match the file name")
        text = read_text(os.path.join(REPORTS, doc))
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            problems.append(f"{doc}: {n} bytes of read text, outside 3000..8192")
        for e in validate(d, text):
            problems.append(f"{doc}: {e}")
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            problems.append(f"{doc}: {len(file_slips)} slips, at most 2 per report")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{doc}: audit finding lacks {k}")
        slips |= file_slips
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(file_slips)} slip(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

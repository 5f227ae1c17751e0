"""Validate the whole blind91 set: every gold file against the `zvitparse read` text of its report.

Checks per file (common.validate): JSON structure, known ids, quotes verbatim in the read text, parents resolve,
20–60 facts, every checks_passed `verify` true and every audit `verify` false. Across the set: one gold per
report and back, 3 000–8 192 bytes of read text per report, at most 2 planted slips per report, 4–8 slips in all.
"""
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

EXT = (".txt", ".html", ".docx", ".pdf")


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b91_") and f.endswith(EXT))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    problems = []
    if {os.path.splitext(r)[0] for r in reports} != {os.path.splitext(g)[0] for g in golds}:
        problems.append(f"reports and gold files do not pair up: {reports} vs {golds}")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips_total = set()
    n_facts = n_audit = 0
    for gname in golds:
        with open(os.path.join(GOLD, gname), encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(gname)[0]
        if os.path.splitext(d["doc"])[0] != stem:
            problems.append(f"{gname}: doc {d['doc']} has another stem")
            continue
        path = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(path):
            problems.append(f"{gname}: report {d['doc']} missing")
            continue
        text = read_text(path)
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            problems.append(f"{gname}: read text is {size} bytes, outside 3000..8192")
        for e in validate(d, text):
            problems.append(f"{gname}: {e}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            problems.append(f"{gname}: {len(slips)} slips, at most 2 per report")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{gname}: audit finding lacks {k}")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                problems.append(f"{gname}: check lacks verify")
        slips_total |= slips
        n_facts += len(d["facts"])
        n_audit += len(d.get("audit", []))
        print(f"{gname}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit, "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= len(slips_total) <= 8:
        problems.append(f"{len(slips_total)} slips in the set, expected 4..8")
    print(f"total: {n_facts} facts, {n_audit} audit findings, {len(slips_total)} slips")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind35 set: every report has a gold file and vice versa; each gold file passes
common.validate (quotes in the `zvitparse read` text, ids, parents, 20–60 facts, checks true, slips false);
the read text is 3 000–8 192 bytes; audit findings carry all their keys; 4–8 planted slips in the set, at most
2 per report."""
import glob
import json
import os
import re
import sys
from common import REPORTS, GOLD, read_text, validate

AUDIT_KEYS = {"rule", "severity", "quote", "reported", "expected", "fact_ids", "note", "verify", "slip"}
NAME = re.compile(r"^b35_0[1-8]_[a-z_]+_[a-z]+_[a-z0-9_]+\.(txt|html|htm|docx|pdf)$")


def main():
    problems = []
    reports = sorted(p for p in os.listdir(REPORTS) if p.startswith("b35_"))
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    stems_r = {os.path.splitext(r)[0] for r in reports}
    stems_g = {os.path.splitext(os.path.basename(g))[0] for g in golds}
    for s in sorted(stems_r ^ stems_g):
        problems.append(f"report/gold mismatch: {s}")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips = set()
    total_facts = 0
    for g in golds:
        d = json.load(open(g, encoding="utf-8"))
        name = os.path.basename(g)
        doc = d.get("doc")
        if not doc or not NAME.match(doc):
            problems.append(f"{name}: bad doc name {doc!r}")
            continue
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            problems.append(f"{name}: report {doc} missing")
            continue
        text = read_text(path)
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            problems.append(f"{name}: read text is {n} bytes (want 3000..8192)")
        for e in validate(d, text):
            problems.append(f"{name}: {e}")
        own = set()
        for a in d.get("audit", []):
            miss = AUDIT_KEYS - set(a)
            if miss:
                problems.append(f"{name}: audit finding lacks {sorted(miss)}")
            own.add(a.get("slip"))
        if len(own) > 2:
            problems.append(f"{name}: {len(own)} slips (at most 2 per report)")
        slips |= own
        for c in d.get("checks_passed", []):
            if not c.get("verify"):
                problems.append(f"{name}: check without verify")
        total_facts += len(d["facts"])
        print(f"{name}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings / {len(own)} slip(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set (want 4..8)")
    print(f"total: {total_facts} facts, {len(slips)} slips")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

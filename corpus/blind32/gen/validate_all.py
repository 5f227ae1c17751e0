"""Validate the whole blind32 set: every report has a gold file and vice versa; each gold file passes
common.validate (JSON shape, quotes in the `zvitparse read` text, ids and parents, 20–60 facts,
every checks_passed verify true, every audit verify false); 3 000–8 192 bytes of read text per
report; at most 2 planted slips per report and 4–8 in the set; every audit finding has the fields
the README promises."""
import json
import os
import sys
from collections import Counter

from common import GOLD, REPORTS, read_text, validate

AUDIT_FIELDS = ("rule", "severity", "quote", "reported", "expected", "fact_ids", "note", "verify", "slip")


def main():
    reports = sorted(x for x in os.listdir(REPORTS) if x.startswith("b32_") and os.path.isfile(os.path.join(REPORTS, x)))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    problems = []
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    stems = {os.path.splitext(r)[0] for r in reports}
    for gname in golds:
        if os.path.splitext(gname)[0] not in stems:
            problems.append(f"gold without report: {gname}")
    slips = set()
    tot_facts = tot_findings = 0
    for r in reports:
        gpath = os.path.join(GOLD, os.path.splitext(r)[0] + ".json")
        if not os.path.exists(gpath):
            problems.append(f"{r}: no gold")
            continue
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != r:
            problems.append(f"{r}: gold doc field is {d.get('doc')!r}")
        text = read_text(os.path.join(REPORTS, r))
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            problems.append(f"{r}: {size} bytes of read text, outside 3000..8192")
        for e in validate(d, text):
            problems.append(f"{r}: {e}")
        for a in d.get("audit", []):
            for k in AUDIT_FIELDS:
                if k not in a:
                    problems.append(f"{r}: audit finding lacks {k}")
        file_slips = {a["slip"] for a in d.get("audit", []) if "slip" in a}
        if len(file_slips) > 2:
            problems.append(f"{r}: {len(file_slips)} slips (max 2)")
        slips |= file_slips
        tot_facts += len(d["facts"])
        tot_findings += len(d.get("audit", []))
        rules = Counter(a["rule"] for a in d.get("audit", []))
        print(f"{r}: {len(d['facts'])} facts, {size} bytes, audit {dict(rules)}, {len(d.get('checks_passed', []))} checks")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} slips in the set, outside 4..8")
    print(f"total: {tot_facts} facts, {tot_findings} audit findings, {len(slips)} slips")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind55 set: every report has a gold file (same stem) and vice versa; each gold is valid JSON
whose quotes are verbatim in `zvitparse read` text (common.validate: ids, parents, vocab, 20–60 facts, checks'
verify true, audit verify false); 3 000–8 192 bytes of read text per report; at most 2 planted slips per report
and 4–8 slips in the set."""
import json
import os
import sys
from collections import Counter

from common import GOLD, REPORTS, read_text, validate

def main():
    reports = sorted(x for x in os.listdir(REPORTS) if x.startswith("b55_") and os.path.isfile(os.path.join(REPORTS, x)))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    errs = []
    if {os.path.splitext(r)[0] for r in reports} != {os.path.splitext(g)[0] for g in golds}:
        errs.append(f"reports and gold files do not pair up: {reports} vs {golds}")
    slips = Counter()
    total_facts = 0
    findings = 0
    for r in reports:
        gp = os.path.join(GOLD, os.path.splitext(r)[0] + ".json")
        if not os.path.exists(gp):
            continue
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != r:
            errs.append(f"{gp}: doc is {d.get('doc')!r}, expected {r!r}")
        text = read_text(os.path.join(REPORTS, r))
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            errs.append(f"{r}: {size} bytes of read text, outside 3000..8192")
        for e in validate(d, text):
            errs.append(f"{r}: {e}")
        ids = {a["slip"] for a in d.get("audit", [])}
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"{r}: audit finding lacks {k}")
        if len(ids) > 2:
            errs.append(f"{r}: {len(ids)} slips (at most 2 per report)")
        for s in ids:
            slips[s] += 1
        total_facts += len(d["facts"])
        findings += len(d.get("audit", []))
        print(f"{r}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), {len(ids)} slip(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} slips in the set (want 4..8)")
    print(f"total: {len(reports)} reports, {total_facts} facts, {len(slips)} slips, {findings} findings")
    if errs:
        print("PROBLEMS:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()

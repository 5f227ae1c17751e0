"""Validate the whole blind71 set: every report has a gold file with the same stem, every gold file
passes common.validate (JSON structure, quotes in the `zvitparse read` text, ids, parents, 20–60 facts,
checks true, slips false), the read text is 3 000–8 192 bytes, and the set has 4–8 planted slips with
at most 2 per report."""
import json
import os
import sys
from collections import Counter
from common import REPORTS, GOLD, read_text, validate

SET_PREFIX = "b71_"
MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith(SET_PREFIX))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    errs = []
    if len(reports) != 8:
        errs.append(f"expected 8 reports, found {len(reports)}")
    stems = {os.path.splitext(r)[0] for r in reports}
    gstems = {os.path.splitext(g)[0] for g in golds}
    if stems != gstems:
        errs.append(f"report/gold stems differ: {sorted(stems ^ gstems)}")
    slips = Counter()
    total_facts = total_findings = 0
    for r in reports:
        gp = os.path.join(GOLD, os.path.splitext(r)[0] + ".json")
        if not os.path.exists(gp):
            continue
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != r:
            errs.append(f"{gp}: doc field {d.get('doc')!r} != {r!r}")
        text = read_text(os.path.join(REPORTS, r))
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"{r}: read text {n} bytes outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            errs.append(f"{r}: {e}")
        per = {a["slip"] for a in d.get("audit", [])}
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"{r}: audit finding lacks {k}")
        if len(per) > 2:
            errs.append(f"{r}: {len(per)} slips (max 2)")
        for s in per:
            slips[s] += 1
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errs.append(f"{r}: check without verify")
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        print(f"{r}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(per)} slips), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} planted slips in the set (want 4–8)")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

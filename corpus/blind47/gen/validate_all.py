"""Validate the whole blind47 set: every gold file against the text `zvitparse read` prints.

Checks per file: JSON loads, the report exists, quotes/parent quotes/check and audit quotes are
verbatim in the read text, ids and parents resolve, indicator/unit/service/kekv/criterion ids are
known, 20–60 facts, 3 000–8 192 bytes of read text, meta has the required fields, every
`checks_passed` verify is true and every `audit` verify is false, audit entries carry rule, severity,
reported, expected, fact_ids, note and slip. Across the set: 4–8 planted slips, at most 2 per report.
"""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

NAME = re.compile(r"^b47_0[1-8]_[a-z]+_[a-z]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    errors, slips, total_facts = [], set(), 0
    if len(golds) != 8:
        errors.append(f"expected 8 gold files, found {len(golds)}")
    reports = sorted(f for f in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, f)) and f != "README.md")
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}: {reports}")
    for g in golds:
        with open(g, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        stem = os.path.splitext(os.path.basename(g))[0]
        if os.path.splitext(doc)[0] != stem:
            errors.append(f"{g}: doc {doc} does not match the gold file name")
        if not NAME.match(doc):
            errors.append(f"{doc}: name does not follow b47_0N_place_kind_period.ext")
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: report missing")
            continue
        text = read_text(path)
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            errors.append(f"{doc}: {n} bytes of read text, outside 3000..8192")
        for e in validate(d, text):
            errors.append(f"{doc}: {e}")
        file_slips = set()
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errors.append(f"{doc}: audit finding lacks {k}")
            if a.get("severity") not in ("error", "warning", "info"):
                errors.append(f"{doc}: bad severity {a.get('severity')}")
            file_slips.add(a.get("slip"))
        if len(file_slips) > 2:
            errors.append(f"{doc}: {len(file_slips)} slips (at most 2)")
        slips |= file_slips
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errors.append(f"{doc}: check without verify")
        total_facts += len(d["facts"])
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(file_slips)} slips), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, {n} bytes")
    if not 4 <= len(slips) <= 8:
        errors.append(f"{len(slips)} planted slips in the set, outside 4..8")
    print(f"total: {total_facts} facts, {len(slips)} slips")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

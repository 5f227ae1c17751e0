"""Validate the whole blind40 set: every gold file against the text `zvitparse read` prints for its report.

Checks per file: JSON loads; the report exists with the same stem; common.validate (indicator/unit/vocab ids,
quotes verbatim in the read text, parents resolve, 20–60 facts, meta fields, every checks_passed `verify`
true, every audit `verify` false); 3 000–8 192 bytes of read text; every audit finding has the required keys;
at most 2 planted slips per report. Over the set: 8 reports, 4–8 planted slips.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

AUDIT_KEYS = {"rule", "severity", "quote", "reported", "expected", "fact_ids", "note", "verify", "slip"}


def main():
    problems = 0
    slips = set()
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    if len(golds) != 8:
        print(f"expected 8 gold files, found {len(golds)}")
        problems += 1
    total_facts = 0
    for path in golds:
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        errs = []
        if os.path.splitext(d["doc"])[0] != stem:
            errs.append(f"doc {d['doc']} does not match the gold stem")
        rep = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rep):
            errs.append("report missing")
            text = ""
        else:
            text = read_text(rep)
            errs += validate(d, text)
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            errs.append(f"read text is {n} bytes, outside 3000..8192")
        file_slips = set()
        for a in d.get("audit", []):
            missing = AUDIT_KEYS - set(a)
            if missing:
                errs.append(f"audit finding lacks {sorted(missing)}")
            if a.get("severity") not in ("error", "warning", "info"):
                errs.append(f"bad severity {a.get('severity')}")
            file_slips.add(a.get("slip"))
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} planted slips (max 2 per report)")
        slips |= file_slips
        for c in d.get("checks_passed", []):
            if not {"rule", "quote", "note", "verify"} <= set(c):
                errs.append("check lacks keys")
        total_facts += len(d.get("facts", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{stem}: {len(d.get('facts', []))} facts, {len(d.get('audit', []))} findings "
              f"({len(file_slips)} slips), {len(d.get('checks_passed', []))} checks, {n} bytes: {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} planted slips, outside 4..8")
        problems += 1
    print(f"total: {total_facts} facts, {len(slips)} planted slips")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

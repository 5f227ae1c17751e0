"""Validate every gold file of blind38 against `zvitparse read` of its report.

Checks per file (via common.validate): JSON structure, ids and parents, vocabularies, every quote (facts, audit,
checks, skipped) a verbatim substring of the read text, 20–60 facts, every checks_passed `verify` true and every
audit `verify` false. Per set: 3 000–8 192 bytes of read text per report, 4–8 planted slips, at most 2 per report,
every audit finding with rule/severity/reported/expected/fact_ids/note/slip/verify, and one gold per report.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GOLD, REPORTS, read_text, validate  # noqa: E402

AUDIT_KEYS = ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify")


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b38_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b38_*.json")))
    problems = []
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems != gstems:
        problems.append(f"reports and gold files differ: {sorted(stems ^ gstems)}")
    slips = set()
    total_facts = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        rp = os.path.join(REPORTS, d["doc"])
        text = read_text(rp)
        errs = validate(d, text)
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            errs.append(f"read text is {size} bytes, outside 3000..8192")
        file_slips = set()
        for a in d.get("audit", []):
            for k in AUDIT_KEYS:
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
            file_slips.add(a.get("slip"))
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        slips |= file_slips
        total_facts += len(d["facts"])
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} audit, {len(d['checks_passed'])} checks, "
              f"{size} bytes" + ("" if not errs else f", {len(errs)} problem(s)"))
        for e in errs:
            problems.append(f"{d['doc']}: {e}")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set (want 4..8)")
    print(f"total: {total_facts} facts, {len(slips)} planted slips")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

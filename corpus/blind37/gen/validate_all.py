"""Validate every gold file of blind37 against the text `zvitparse read` prints for its report.

Checks: JSON loads; the per-file validation of common.validate (quotes verbatim, ids, parents, vocab,
20–60 facts, checks_passed verify true, audit verify false); 3 000–8 192 bytes of read text;
one gold per report and one report per gold; at most 2 planted slips per report and 4–8 in the set.
"""
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(x for x in os.listdir(REPORTS) if x.startswith("b37_"))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    problems = []
    stems_r = {os.path.splitext(x)[0] for x in reports}
    stems_g = {os.path.splitext(x)[0] for x in golds}
    if stems_r != stems_g:
        problems.append(f"reports and gold files differ: {sorted(stems_r ^ stems_g)}")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips, n_facts, n_findings = set(), 0, 0
    for gname in golds:
        with open(os.path.join(GOLD, gname), encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        if os.path.splitext(doc)[0] != os.path.splitext(gname)[0]:
            problems.append(f"{gname}: doc {doc} has another stem")
        text = read_text(os.path.join(REPORTS, doc))
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_BYTES <= size <= MAX_BYTES:
            errs.append(f"{size} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d["audit"]}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        for a in d["audit"]:
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips |= file_slips
        n_facts += len(d["facts"])
        n_findings += len(d["audit"])
        print(f"{gname}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes"
              + ("" if not errs else f"  <-- {len(errs)} problem(s)"))
        problems += [f"{gname}: {e}" for e in errs]
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} slips in the set, expected 4..8")
    print(f"total: {n_facts} facts, {n_findings} audit findings, {len(slips)} slips")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

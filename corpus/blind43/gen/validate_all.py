"""Validate every gold file of blind43 against its report's `zvitparse read` text.

Checks per file: JSON loads; doc exists; ids unique; parents resolve; every quote (facts, skipped,
checks, audit) is a verbatim substring of the read text; 20–60 facts; 3 000–8 192 bytes of read text;
every `checks_passed` verify is true and every `audit` verify false (common.validate).
Checks over the set: 8 reports, 4–8 planted slips (distinct slip ids), at most 2 per report, every
report of the folder has a gold file and vice versa.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    problems = []
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    reports = sorted(f for f in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, f))
                     and f.startswith("b43_"))
    stems_g = {os.path.splitext(os.path.basename(g))[0] for g in golds}
    stems_r = {os.path.splitext(r)[0] for r in reports}
    if stems_g != stems_r:
        problems.append(f"reports and gold files differ: {sorted(stems_g ^ stems_r)}")
    if len(golds) != 8:
        problems.append(f"{len(golds)} gold files, expected 8")
    slips, total_facts, total_findings = set(), 0, 0
    for gp in golds:
        name = os.path.basename(gp)
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            problems.append(f"{name}: cannot load: {e}")
            continue
        path = os.path.join(REPORTS, d.get("doc", ""))
        if not os.path.isfile(path):
            problems.append(f"{name}: report {d.get('doc')} missing")
            continue
        if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
            problems.append(f"{name}: stem differs from doc {d['doc']}")
        text = read_text(path)
        nbytes = len(text.encode("utf-8"))
        if not MIN_BYTES <= nbytes <= MAX_BYTES:
            problems.append(f"{name}: {nbytes} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            problems.append(f"{name}: {e}")
        file_slips = {a.get("slip") for a in d.get("audit", [])}
        if None in file_slips:
            problems.append(f"{name}: audit finding without slip id")
        if len(file_slips) > 2:
            problems.append(f"{name}: {len(file_slips)} slips, at most 2 per report")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{name}: audit finding lacks {k}")
        slips |= file_slips - {None}
        total_facts += len(d.get("facts", []))
        total_findings += len(d.get("audit", []))
        print(f"{name}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {nbytes} bytes")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

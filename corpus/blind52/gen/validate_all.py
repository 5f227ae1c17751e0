"""Validate every gold file of blind52 against the text `zvitparse read` prints for its report.

Checks per file: JSON loads, the report exists, quotes (facts, parents, audit, checks, skipped) are verbatim
substrings of the read text, fact ids unique and parents resolving, indicator/unit/service/kekv/criterion ids known,
20–60 facts, 3 000–8 192 bytes of read text, every checks_passed `verify` true, every audit `verify` false,
at most 2 planted slips per report. For the set: every report has a gold file and vice versa, 4–8 slips in all."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    problems = 0
    slips = set()
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b52_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b52_*.json")))
    rstems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    for s in sorted(rstems ^ gstems):
        print(f"unpaired: {s}")
        problems += 1
    total_facts = total_findings = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        path = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(path):
            print(f"{os.path.basename(gp)}: report {d['doc']} missing")
            problems += 1
            continue
        text = read_text(path)
        errs = validate(d, text)
        nbytes = len(text.encode("utf-8"))
        if not MIN_BYTES <= nbytes <= MAX_BYTES:
            errs.append(f"read text is {nbytes} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips |= file_slips
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(file_slips)} slip(s), {len(d.get('checks_passed', []))} checks, {nbytes} bytes — {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} slips, outside 4..8")
        problems += 1
    print(f"total: {len(golds)} files, {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        sys.exit(1)
    print("all good")


if __name__ == "__main__":
    main()

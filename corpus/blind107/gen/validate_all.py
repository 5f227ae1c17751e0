"""Validate the whole blind107 set: every gold JSON against `zvitparse read` of its report.

Checks per file: valid JSON, the report exists, quotes (facts, parents, audit, checks, skipped) are in the read
text, indicator/unit/service/criterion/kekv ids, unique fact ids, parents resolve, 20–60 facts, 3–8 KB of read
text (UTF-8 bytes), every checks_passed `verify` true, every audit `verify` false, at most 2 slips per report.
Checks for the set: eight reports with eight gold files of the same stems, 4–8 slips in all, at least one
report without a slip.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8000


def main():
    problems = []
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b107_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b107_*.json")))
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        problems.append(f"report/gold stems differ: {sorted(stems_r ^ stems_g)}")
    total_slips = 0
    without = 0
    total_facts = 0
    for gp in golds:
        name = os.path.basename(gp)
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            problems.append(f"{name}: invalid JSON: {e}")
            continue
        rp = os.path.join(REPORTS, d.get("doc", ""))
        if not os.path.isfile(rp):
            problems.append(f"{name}: report {d.get('doc')} missing")
            continue
        if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
            problems.append(f"{name}: doc stem differs from gold stem")
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        if not MIN_BYTES <= size <= MAX_BYTES:
            problems.append(f"{name}: {size} bytes of read text, outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            problems.append(f"{name}: {e}")
        slips = {a.get("slip") for a in d.get("audit", [])}
        if len(slips) > 2:
            problems.append(f"{name}: {len(slips)} slips (at most 2)")
        for a in d.get("audit", []):
            if not str(a.get("slip", "")).startswith(os.path.splitext(name)[0] + "#"):
                problems.append(f"{name}: audit slip id {a.get('slip')!r} does not name the file")
        total_slips += len(slips)
        without += not slips
        total_facts += len(d.get("facts", []))
        print(f"{name}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set (need 4–8)")
    if without < 1:
        problems.append("every report has a slip (need at least one without)")
    print(f"total: {total_facts} facts, {total_slips} slips, {without} report(s) without a slip")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate all eight blind100 reports and gold files: JSON, quotes in the `zvitparse read` text, ids,
parents, 20–60 facts, 3–8 KB of read text, checks true, slips false, at most 2 slips per report,
4–8 slips in the set and at least one report without a slip."""
import glob
import json
import os
import re
import sys
from common import GOLD, REPORTS, read_text, validate

NAME = re.compile(r"^b100_0[1-8]_[a-z]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    problems = []
    reports = sorted(p for p in os.listdir(REPORTS) if p.startswith("b100_"))
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    total_facts = total_slips = 0
    clean = 0
    for rep in reports:
        if not NAME.match(rep):
            problems.append(f"{rep}: file name does not follow b100_0N_<place>_<body>_<period>.<ext>")
        gpath = os.path.join(GOLD, os.path.splitext(rep)[0] + ".json")
        if not os.path.exists(gpath):
            problems.append(f"{rep}: no gold file")
            continue
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != rep:
            problems.append(f"{rep}: gold doc field is {d.get('doc')!r}")
        text = read_text(os.path.join(REPORTS, rep))
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not 3 * 1024 <= size <= 8 * 1024:
            errs.append(f"read text is {size} bytes, outside 3–8 KB")
        slips = {a["slip"] for a in d["audit"]}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (max 2)")
        if not slips:
            clean += 1
        for e in errs:
            problems.append(f"{rep}: {e}")
        total_facts += len(d["facts"])
        total_slips += len(slips)
        print(f"{rep}: {len(d['facts'])} facts, {len(d['audit'])} audit finding(s) / {len(slips)} slip(s), "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes"
              + ("" if not errs else f"  [{len(errs)} problem(s)]"))
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set (want 4–8)")
    if clean < 1:
        problems.append("every report has a slip (want at least one without)")
    stray = set(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(GOLD, "*.json"))) - \
        set(os.path.splitext(r)[0] for r in reports)
    if stray:
        problems.append(f"gold files without a report: {sorted(stray)}")
    print(f"total: {total_facts} facts, {total_slips} slips, {clean} report(s) without a slip")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

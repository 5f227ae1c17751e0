"""Validate the whole blind116 set: every report has a gold file (same stem), every gold file is valid
JSON with resolvable ids and parents, 20–60 facts, every quote in the `zvitparse read` text, 3–8 KB of read
text, every checks_passed verify true, every audit verify false (planted slips), at most 2 slips per report,
4–8 slips in the set, at least one report without a slip."""
import glob
import json
import os
import re
import sys

from common import REPORTS, GOLD, read_text, validate

NAME = re.compile(r"^b116_0[1-8]_[a-z_]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b116_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b116_*.json")))
    problems = []
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    if len(golds) != 8:
        problems.append(f"expected 8 gold files, found {len(golds)}")
    total_facts = total_slips = total_findings = 0
    no_slip = 0
    stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    for gp in golds:
        stem = os.path.splitext(os.path.basename(gp))[0]
        if stem not in stems:
            problems.append(f"{stem}: gold without report")
            continue
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            problems.append(f"{stem}: bad JSON: {e}")
            continue
        rp = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(d["doc"])[0] != stem or not os.path.isfile(rp):
            problems.append(f"{stem}: doc field {d['doc']!r} does not name the report")
            continue
        if not NAME.match(d["doc"]):
            problems.append(f"{stem}: file name does not follow b116_0N_<place>_<body>_<period>.<ext>")
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8000:
            problems.append(f"{stem}: {size} bytes of read text, outside 3–8 KB")
        errs = validate(d, text)
        problems += [f"{stem}: {e}" for e in errs]
        slips = {a["slip"] for a in d["audit"]}
        if len(slips) > 2:
            problems.append(f"{stem}: {len(slips)} slips (max 2)")
        if not slips:
            no_slip += 1
        total_facts += len(d["facts"])
        total_slips += len(slips)
        total_findings += len(d["audit"])
        print(f"{stem}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d['audit'])} finding(s), "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes")
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set, outside 4–8")
    if no_slip < 1:
        problems.append("every report has a slip; at least one must have none")
    print(f"total: {total_facts} facts, {total_slips} slips, {total_findings} audit findings, "
          f"{no_slip} report(s) without a slip")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

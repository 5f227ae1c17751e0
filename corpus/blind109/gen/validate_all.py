"""Validate all eight gold files of blind109 against the reports (`zvitparse read` text).

Checks: JSON loads; every quote / parent_quote / audit / check / skipped quote is in the read text;
ids, indicators, units, services, KEKV, criteria; parents resolve; 20–60 facts; 3–8 KB of read text;
every checks_passed verify is true and every audit verify false; at most 2 planted slips per report;
4–8 slips in the set; at least one report without a slip; doc name matches the gold stem.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_KB, MAX_KB = 3 * 1024, 8 * 1024


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "b109_*.json")))
    errors = []
    total_slips = 0
    clean = 0
    total_facts = 0
    if len(golds) != 8:
        errors.append(f"expected 8 gold files, found {len(golds)}")
    for path in golds:
        stem = os.path.splitext(os.path.basename(path))[0]
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            errors.append(f"{stem}: bad JSON: {e}")
            continue
        if os.path.splitext(d.get("doc", ""))[0] != stem:
            errors.append(f"{stem}: doc field {d.get('doc')!r} does not match the file name")
        report = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(report):
            errors.append(f"{stem}: report {d['doc']} missing")
            continue
        text = read_text(report)
        size = len(text.encode("utf-8"))
        if not MIN_KB <= size <= MAX_KB:
            errors.append(f"{stem}: read text is {size} bytes, outside 3–8 KB")
        for e in validate(d, text):
            errors.append(f"{stem}: {e}")
        slips = {a.get("slip") for a in d.get("audit", [])}
        if len(slips) > 2:
            errors.append(f"{stem}: {len(slips)} planted slips (max 2)")
        if not slips:
            clean += 1
        total_slips += len(slips)
        total_facts += len(d.get("facts", []))
        print(f"{stem}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= total_slips <= 8:
        errors.append(f"{total_slips} slips in the set, outside 4–8")
    if clean < 1:
        errors.append("no report without a planted slip")
    print(f"total: {total_facts} facts, {total_slips} slips, {clean} report(s) without a slip")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

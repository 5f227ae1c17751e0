"""Check all eight blind110 gold files against their reports.

For each report: the gold JSON parses, every quote (facts, parents, checks, audit, skipped) is a verbatim
substring of the text `zvitparse read` prints (or, for quote_in = "noscript", of the page's noscript
fallback), fact ids are unique and parents resolve, 20–60 facts, 3–8 KB of read text, every
checks_passed verify is true, every audit verify is false (a planted slip), at most 2 slips per report;
over the set 4–8 slips and at least one report without any.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate, extra_texts

PREFIX = "b110_"


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, PREFIX + "*")) if os.path.isfile(p))
    problems = 0
    total_facts = total_slips = 0
    clean = 0
    if len(reports) != 8:
        print(f"expected 8 reports, found {len(reports)}")
        problems += 1
    for path in reports:
        name = os.path.basename(path)
        gpath = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        try:
            with open(gpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            print(f"{name}: gold unreadable: {e}")
            problems += 1
            continue
        errs = []
        if d.get("doc") != name:
            errs.append(f"doc field {d.get('doc')!r} != {name}")
        text = read_text(path)
        errs += validate(d, text, extra_texts(path))
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8000:
            errs.append(f"read text {size} bytes outside 3–8 KB")
        slips = {a.get("slip") for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (> 2)")
        if not slips:
            clean += 1
        total_slips += len(slips)
        total_facts += len(d.get("facts", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{name}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) / {len(slips)} slip(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes — {status}")
        for e in errs:
            print("  -", e)
        problems += len(errs)
    if not 4 <= total_slips <= 8:
        print(f"set has {total_slips} slips (want 4–8)")
        problems += 1
    if clean < 1:
        print("no report without a slip")
        problems += 1
    print(f"total: {total_facts} facts, {total_slips} slips, {clean} report(s) without a slip; "
          f"{'all OK' if not problems else str(problems) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

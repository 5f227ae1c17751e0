"""Validate all eight blind99 gold files against the reports' `zvitparse read` text.

Checks per file: JSON loads, doc exists, quotes / parent quotes / check and skip quotes are verbatim in the read
text, fact ids unique and parents resolve, 20–60 facts, 3–8 KB of read text, every checks_passed `verify` true,
every audit `verify` false, at most 2 planted slips. For the set: 8 files, 4–8 slips, at least one file
without a slip."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8000


def main():
    files = sorted(glob.glob(os.path.join(GOLD, "b99_*.json")))
    problems = []
    slips_total = 0
    clean = 0
    if len(files) != 8:
        problems.append(f"expected 8 gold files, found {len(files)}")
    for path in files:
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            problems.append(f"{name}: bad JSON: {e}")
            continue
        if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
            problems.append(f"{name}: doc {d['doc']} does not share the stem")
        rpath = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rpath):
            problems.append(f"{name}: report {d['doc']} missing")
            continue
        text = read_text(rpath)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_BYTES <= size <= MAX_BYTES:
            errs.append(f"read text {size} bytes outside {MIN_BYTES}..{MAX_BYTES}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (max 2)")
        slips_total += len(slips)
        clean += not slips
        for e in errs:
            problems.append(f"{name}: {e}")
        print(f"{name}: {len(d['facts'])} facts, {len(d['audit'])} finding(s) / {len(slips)} slip(s), "
              f"{len(d['checks_passed'])} checks, {len(d['skipped'])} skipped, {size} bytes"
              + ("" if not errs else f"  <-- {len(errs)} problem(s)"))
    if not 4 <= slips_total <= 8:
        problems.append(f"{slips_total} slips in the set (want 4–8)")
    if not clean:
        problems.append("no report without a slip")
    print(f"set: {slips_total} slips, {clean} report(s) without a slip")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate every blind62 gold file against its report.

Checks per file: the gold is valid JSON named like its report; meta has the required fields; every
quote, parent_quote, audit/check/skip quote is a substring of the read text (`zvitparse read`, or for
the WordPress JSON the browser text, see common.read_text); fact ids unique and parents resolve;
20–60 facts; 3 000–8 192 bytes of read text; every checks_passed `verify` is true and every audit
`verify` is false; at most 2 slips per report. Over the set: 4–8 slips, one gold per report.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b62_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b62_*.json")))
    bad = 0
    slips = set()
    total_facts = 0
    rstems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if rstems != gstems:
        print("reports without gold:", sorted(rstems - gstems), "gold without report:", sorted(gstems - rstems))
        bad += 1
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        if os.path.splitext(d["doc"])[0] != stem:
            print(f"{gp}: doc {d['doc']} does not match the file name")
            bad += 1
        text = read_text(os.path.join(REPORTS, d["doc"]))
        errs = validate(d, text)
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d["audit"]}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips (at most 2 per report)")
        for a in d["audit"]:
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        slips |= file_slips
        total_facts += len(d["facts"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), {len(d['checks_passed'])} checks, "
              f"{len(d['skipped'])} skipped, {n} bytes - {status}")
        for e in errs:
            print("  -", e)
        bad += bool(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} slips, outside 4..8")
        bad += 1
    print(f"total: {len(golds)} gold files, {total_facts} facts, {len(slips)} slips")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

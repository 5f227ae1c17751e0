"""Validate every blind50 gold file against its report.

For each report in corpus/blind50/ (one gold JSON per report, same stem, in corpus/blind50_gold/):
  - the gold is valid JSON with doc, meta, facts, audit, checks_passed, skipped, notes;
  - every quote (facts, parent_quote, audit, checks_passed, skipped) is a verbatim substring of
    the text `zvitparse read FILE` prints (apostrophes unified);
  - fact ids are unique, parents resolve, indicators/units/services/criteria/KEKV are known;
  - 20–60 facts per file, 3 000–8 192 bytes of read text;
  - every checks_passed `verify` is True and every audit `verify` is False;
  - the set has 4–8 planted slips (distinct `slip` ids), at most 2 per report.
Exit status 1 on any problem.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

REQUIRED = ("doc", "meta", "facts", "audit", "checks_passed", "skipped", "notes")


def main():
    problems = 0
    slips = set()
    total_facts = 0
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b50_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b50_*.json")))
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        print("reports and gold files do not pair up:", sorted(stems_r ^ stems_g))
        problems += 1
    if len(reports) != 8:
        print(f"expected 8 reports, found {len(reports)}")
        problems += 1
    for rp in reports:
        stem = os.path.splitext(os.path.basename(rp))[0]
        gp = os.path.join(GOLD, stem + ".json")
        if not os.path.exists(gp):
            continue
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        errs = [f"missing key {k}" for k in REQUIRED if k not in d]
        if d.get("doc") != os.path.basename(rp):
            errs.append(f"doc field {d.get('doc')!r} != {os.path.basename(rp)!r}")
        text = read_text(rp)
        nbytes = len(text.encode("utf-8"))
        if not 3000 <= nbytes <= 8192:
            errs.append(f"read text is {nbytes} bytes, outside 3000..8192")
        errs += validate(d, text)
        file_slips = {a.get("slip") for a in d.get("audit", [])}
        if None in file_slips:
            errs.append("audit finding without slip id")
        if len(file_slips - {None}) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        slips |= file_slips - {None}
        total_facts += len(d.get("facts", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{stem}: {len(d.get('facts', []))} facts, {len(d.get('audit', []))} findings "
              f"({len(file_slips - {None})} slips), {len(d.get('checks_passed', []))} checks, {nbytes} bytes: {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} slips, outside 4..8")
        problems += 1
    print(f"total: {len(reports)} reports, {total_facts} facts, {len(slips)} planted slips; "
          f"{'all OK' if not problems else str(problems) + ' problem(s)'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

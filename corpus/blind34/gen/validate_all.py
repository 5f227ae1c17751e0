"""Validate every blind34 gold file against its report.

For each gold JSON in corpus/blind34_gold/: the JSON loads; its report exists with the same stem;
every quote, parent_quote, check quote, audit quote and skipped quote is a verbatim substring of
what `zvitparse read FILE` prints (apostrophes unified); ids are unique and parents resolve;
20–60 facts; 3 000–8 192 bytes of read text; every `checks_passed` verify is true and every audit
verify is false (see common.validate). Across the set: 4–8 planted slips, at most 2 per report,
and every report has a gold file.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    problems = []
    slips_total = 0
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b34_*")) if os.path.isfile(p))
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    for s in sorted(stems_r - stems_g):
        problems.append(f"report without gold: {s}")
    for s in sorted(stems_g - stems_r):
        problems.append(f"gold without report: {s}")
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    total_facts = 0
    for gp in golds:
        name = os.path.basename(gp)
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            problems.append(f"{name}: cannot load: {e}")
            continue
        rp = os.path.join(REPORTS, d.get("doc", ""))
        if os.path.splitext(d.get("doc", ""))[0] != os.path.splitext(name)[0]:
            problems.append(f"{name}: doc {d.get('doc')!r} has another stem")
        if not os.path.isfile(rp):
            problems.append(f"{name}: report {d.get('doc')!r} missing")
            continue
        text = read_text(rp)
        nbytes = len(text.encode("utf-8"))
        if not MIN_BYTES <= nbytes <= MAX_BYTES:
            problems.append(f"{name}: {nbytes} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            problems.append(f"{name}: {e}")
        slips = {a.get("slip") for a in d.get("audit", [])}
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify",
                      "slip"):
                if k not in a:
                    problems.append(f"{name}: audit finding lacks {k}")
        if len(slips) > 2:
            problems.append(f"{name}: {len(slips)} slips (at most 2 per report)")
        slips_total += len(slips)
        total_facts += len(d.get("facts", []))
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                problems.append(f"{name}: check without verify")
        print(f"{name}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s) "
              f"({len(slips)} slip(s)), {len(d.get('checks_passed', []))} checks, {nbytes} bytes")
    if not 4 <= slips_total <= 8:
        problems.append(f"set has {slips_total} slips (4..8 required)")
    print(f"total: {len(golds)} gold files, {total_facts} facts, {slips_total} slips")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

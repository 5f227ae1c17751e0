"""Validate the whole blind96 set: every report has a gold file, the gold is valid JSON with quotes that are
verbatim substrings of `zvitparse read` text, fact ids are unique, parents resolve, 20–60 facts, 3–8 KB of read
text, every check's `verify` is true and every audit finding's `verify` is false, at most 2 planted slips per
report, 4–8 slips in the set and at least one report without any. Numbers of the read text outside every
quote are printed as information (coverage aid), not counted as errors."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, uncovered_numbers, validate

NAME = re.compile(r"^b96_0[1-8]_[a-z_]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(txt|docx|pdf|html)$")
MIN_B, MAX_B = 3 * 1024, 8 * 1024


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b96_") and os.path.isfile(os.path.join(REPORTS, f)))
    errors, slips_total, no_slip = [], 0, 0
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}")
    golds = sorted(os.path.basename(p) for p in glob.glob(os.path.join(GOLD, "*.json")))
    if len(golds) != len(reports):
        errors.append(f"{len(golds)} gold files for {len(reports)} reports")
    for rep in reports:
        if not NAME.match(rep):
            errors.append(f"{rep}: name does not follow b96_0N_<place>_<body>_<period>.<ext>")
        gp = os.path.join(GOLD, os.path.splitext(rep)[0] + ".json")
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            errors.append(f"{rep}: gold unreadable: {e}")
            continue
        if d.get("doc") != rep:
            errors.append(f"{rep}: gold doc field is {d.get('doc')!r}")
        text = read_text(os.path.join(REPORTS, rep))
        nbytes = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not MIN_B <= nbytes <= MAX_B:
            errs.append(f"read text {nbytes} bytes outside {MIN_B}..{MAX_B}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (at most 2)")
        slips_total += len(slips)
        no_slip += not slips
        errors += [f"{rep}: {e}" for e in errs]
        print(f"{rep}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {nbytes} bytes{'' if errs else ', OK'}")
        for u in uncovered_numbers(d, text):
            print(f"    info: number outside every quote: {u}")
    if not 4 <= slips_total <= 8:
        errors.append(f"{slips_total} slips in the set (4–8 wanted)")
    if no_slip < 1:
        errors.append("no report without a slip")
    print(f"set: {slips_total} slips, {no_slip} report(s) without a slip")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

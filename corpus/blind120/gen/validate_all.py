"""Validate the whole blind120 set: every report has a gold file of the same stem, the gold is valid JSON,
every quote is in the `zvitparse read` text, fact ids are unique and parents resolve, 20–60 facts,
3–8 KB of read text, every checks_passed verify is true and every audit verify false, at most 2 slips
per report, 4–8 slips in the set, and at least one report without a slip."""
import glob
import json
import os
import re
import sys

from common import REPORTS, GOLD, read_text, validate

NAME = re.compile(r"^b120_0[1-8]_[a-z]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b120_*")) if os.path.isfile(p))
    errors = []
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}")
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    if len(golds) != len(reports):
        errors.append(f"{len(golds)} gold files for {len(reports)} reports")
    total_slips = 0
    clean = 0
    total_facts = 0
    for rp in reports:
        name = os.path.basename(rp)
        if not NAME.match(name):
            errors.append(f"{name}: file name does not follow b120_0N_<place>_<body>_<period>.<ext>")
        gp = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        if not os.path.exists(gp):
            errors.append(f"{name}: no gold file")
            continue
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            errors.append(f"{name}: gold is not JSON: {e}")
            continue
        if d.get("doc") != name:
            errors.append(f"{name}: gold doc field is {d.get('doc')!r}")
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            errors.append(f"{name}: {size} bytes of read text, outside 3–8 KB")
        for e in validate(d, text):
            errors.append(f"{name}: {e}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errors.append(f"{name}: {len(slips)} slips (max 2)")
        total_slips += len(slips)
        clean += not slips
        total_facts += len(d["facts"])
        print(f"{name:45s} {len(d['facts']):3d} facts  {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s)  "
              f"{len(d.get('checks_passed', []))} checks  {size} B")
    if not 4 <= total_slips <= 8:
        errors.append(f"{total_slips} slips in the set, outside 4..8")
    if clean < 1:
        errors.append("no report without a slip")
    print(f"total: {total_facts} facts, {total_slips} slips, {clean} report(s) without a slip")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind31 set: every report has a gold file and vice versa; every gold file passes
common.validate against the text `zvitparse read` prints (JSON structure, quotes, ids, parents,
20–60 facts, checks true, slips false); the read text is 3 000–8 192 bytes of UTF-8; the set plants
4–8 slips with at most 2 per report; file names follow b31_NN_place_kind_period.ext."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

NAME = re.compile(r"^b31_0[1-8]_[a-z]+_[a-z]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    errors = []
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b31_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b31_*.json")))
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}")
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    if stems_r != stems_g:
        errors.append(f"reports without gold: {sorted(stems_r - stems_g)}; gold without report: "
                      f"{sorted(stems_g - stems_r)}")
    slips = set()
    total_facts = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        if not NAME.match(doc):
            errors.append(f"{doc}: file name does not follow the pattern")
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: report missing")
            continue
        text = read_text(path)
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            errors.append(f"{doc}: read text is {size} bytes, outside 3000..8192")
        errs = validate(d, text)
        errors += [f"{doc}: {e}" for e in errs]
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errors.append(f"{doc}: {len(own)} slips (max 2)")
        for a in d.get("audit", []):
            if not a["slip"].startswith(os.path.splitext(doc)[0] + "#"):
                errors.append(f"{doc}: slip id {a['slip']} does not name the file")
        slips |= own
        total_facts += len(d["facts"])
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= len(slips) <= 8:
        errors.append(f"{len(slips)} slips in the set, outside 4..8")
    print(f"total: {len(golds)} files, {total_facts} facts, {len(slips)} slips")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

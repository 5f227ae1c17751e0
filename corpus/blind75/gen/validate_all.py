"""Validate the whole blind75 set: every gold file against the text `zvitparse read` prints for its report.

Checks per file: JSON loads; the report exists with the same stem; quotes, parent quotes, audit/check/skip quotes
are verbatim in the read text; ids unique, parents resolve; 20–60 facts; 3 000–8 192 bytes of read text;
every checks_passed `verify` true and every audit `verify` false (common.validate); at most 2 slips per report.
Across the set: 8 reports, 4–8 planted slips."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

NAME = re.compile(r"^b75_0[1-8]_[a-z_]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    problems = 0
    slips = set()
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    reports = sorted(p for p in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, p)) and p != "README.md")
    if len(golds) != 8 or len(reports) != 8:
        print(f"expected 8 gold files and 8 reports, found {len(golds)} and {len(reports)}")
        problems += 1
    total_facts = 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        errs = []
        if not NAME.match(doc):
            errs.append(f"bad file name {doc}")
        if os.path.splitext(doc)[0] != os.path.splitext(os.path.basename(gp))[0]:
            errs.append("gold stem differs from report stem")
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            errs.append("report missing")
            text = ""
        else:
            text = read_text(path)
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            errs.append(f"read text is {n} bytes, outside 3000..8192")
        errs += validate(d, text)
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errs.append(f"{len(own)} slips in one report (max 2)")
        slips |= own
        total_facts += len(d["facts"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(own)} slips), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes — {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} slips, outside 4..8")
        problems += 1
    print(f"total: {total_facts} facts, {len(slips)} slips; {'all OK' if not problems else f'{problems} problem(s)'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

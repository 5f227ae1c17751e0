"""Validate the whole blind89 set: every report has a gold file (same stem) and vice versa; each gold
file passes common.validate against the `zvitparse read` text (JSON keys, quotes, ids, parents,
vocabulary, 20–60 facts, checks true, slips false); the read text is 3 000–8 192 bytes; at most 2
slips per report and 4–8 slips in the set; every audit finding has rule, severity, reported,
expected, fact_ids, note, slip and verify."""
import glob
import json
import os
import re
import sys

from common import REPORTS, GOLD, read_text, validate

NAME = re.compile(r"^b89_0[1-8]_[a-z_]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    errs = []
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b89_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b89_*.json")))
    if len(reports) != 8:
        errs.append(f"expected 8 reports, found {len(reports)}")
    stems = {os.path.splitext(os.path.basename(p))[0]: p for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    for s in sorted(set(stems) ^ gstems):
        errs.append(f"report/gold mismatch: {s}")
    slips, nfacts, nfind = set(), 0, 0
    for gp in golds:
        stem = os.path.splitext(os.path.basename(gp))[0]
        if stem not in stems:
            continue
        rp = stems[stem]
        if not NAME.match(os.path.basename(rp)):
            errs.append(f"{stem}: file name does not follow b89_0N_place_kind_period.ext")
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != os.path.basename(rp):
            errs.append(f"{stem}: doc field {d.get('doc')!r}")
        text = read_text(rp)
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            errs.append(f"{stem}: read text is {size} bytes, outside 3000..8192")
        for e in validate(d, text):
            errs.append(f"{stem}: {e}")
        own = set()
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify", "quote"):
                if k not in a:
                    errs.append(f"{stem}: audit finding lacks {k}")
            if a.get("severity") not in ("error", "warning", "info"):
                errs.append(f"{stem}: bad severity {a.get('severity')!r}")
            own.add(a.get("slip"))
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errs.append(f"{stem}: check lacks verify")
        if len(own) > 2:
            errs.append(f"{stem}: {len(own)} slips (max 2 per report)")
        slips |= own
        nfacts += len(d["facts"])
        nfind += len(d.get("audit", []))
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} slips in the set, outside 4..8")
    print(f"total: {nfacts} facts, {nfind} audit findings, {len(slips)} slips")
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind46 set: every report has a gold file with the same stem and vice versa;
each gold passes common.validate (JSON shape, quotes in `zvitparse read` text, ids, parents,
20–60 facts, vocab ids, checks true, slips false); the read text is 3 000–8 192 bytes; the set has
4–8 planted slips, at most 2 per report; no quote is reused for two slips of different files."""
import glob
import json
import os
import sys

from common import REPORTS, GOLD, read_text, validate

PFX = "b46_"


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, PFX + "*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, PFX + "*.json")))
    rstems = {os.path.splitext(os.path.basename(p))[0]: p for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0]: p for p in golds}
    errors = []
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}")
    for s in sorted(set(rstems) ^ set(gstems)):
        errors.append(f"report/gold stem without partner: {s}")
    slips, facts_total, findings = set(), 0, 0
    rows = []
    for stem in sorted(set(rstems) & set(gstems)):
        with open(gstems[stem], encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != os.path.basename(rstems[stem]):
            errors.append(f"{stem}: doc field {d.get('doc')!r} does not name the report")
        text = read_text(rstems[stem])
        nbytes = len(text.encode("utf-8"))
        if not 3000 <= nbytes <= 8192:
            errors.append(f"{stem}: read text {nbytes} bytes outside 3000..8192")
        for e in validate(d, text):
            errors.append(f"{stem}: {e}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errors.append(f"{stem}: {len(own)} slips (max 2 per report)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errors.append(f"{stem}: audit finding lacks {k}")
            if a.get("severity") not in ("error", "warning", "info"):
                errors.append(f"{stem}: bad severity {a.get('severity')!r}")
        slips |= own
        facts_total += len(d["facts"])
        findings += len(d.get("audit", []))
        rows.append((stem, len(d["facts"]), len(d.get("audit", [])), len(own), len(d.get("checks_passed", [])),
                     len(d.get("skipped", [])), nbytes))
    if not 4 <= len(slips) <= 8:
        errors.append(f"{len(slips)} slips in the set (need 4..8)")
    for r in rows:
        print("%-42s facts %2d  findings %d  slips %d  checks %2d  skipped %2d  %5d bytes" % r)
    print(f"total: {facts_total} facts, {findings} audit findings, {len(slips)} slips")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

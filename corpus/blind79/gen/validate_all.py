"""Validate the whole blind79 set: every report has a gold file with the same stem and vice versa; each gold
file passes common.validate() against the `zvitparse read` text (JSON shape, ids, vocab, quotes, parents,
20–60 facts, checks true, slips false); the read text is 3 000–8 192 bytes; the set has 4–8 planted slips,
at most 2 per report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    errors = []
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b79_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b79_*.json")))
    rstems = {os.path.splitext(os.path.basename(p))[0]: p for p in reports}
    gstems = {os.path.splitext(os.path.basename(p))[0]: p for p in golds}
    if set(rstems) != set(gstems):
        errors.append(f"stems differ: reports only {sorted(set(rstems) - set(gstems))}, "
                      f"gold only {sorted(set(gstems) - set(rstems))}")
    if len(reports) != 8:
        errors.append(f"{len(reports)} reports, expected 8")
    slips, total_facts, total_findings = set(), 0, 0
    for stem, gp in sorted(gstems.items()):
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != os.path.basename(rstems.get(stem, "")):
            errors.append(f"{stem}: doc field {d.get('doc')!r} does not name the report")
            continue
        text = read_text(rstems[stem])
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errors.append(f"{stem}: read text {n} bytes outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            errors.append(f"{stem}: {e}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            errors.append(f"{stem}: {len(own)} slips, at most 2 per report")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errors.append(f"{stem}: audit finding lacks {k}")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errors.append(f"{stem}: check lacks verify")
        slips |= own
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, {n} bytes")
    if not 4 <= len(slips) <= 8:
        errors.append(f"{len(slips)} planted slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

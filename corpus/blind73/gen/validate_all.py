"""Validate the whole blind73 set: every report has a gold file with the same stem, every gold file
passes common.validate against the text `zvitparse read` prints (quotes, ids, parents, vocabularies,
20–60 facts, checks true, slips false), the read text is 3 000–8 192 bytes, and the set holds 4–8
planted slips with at most 2 per report."""
import json
import os
import sys
from common import REPORTS, GOLD, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192
MIN_SLIPS, MAX_SLIPS, MAX_PER_REPORT = 4, 8, 2


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b73_") and os.path.isfile(os.path.join(REPORTS, f)))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    problems = []
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    stems = {os.path.splitext(r)[0] for r in reports}
    for gname in golds:
        if os.path.splitext(gname)[0] not in stems:
            problems.append(f"gold without report: {gname}")
    slips, facts_total, findings = set(), 0, 0
    for rep in reports:
        stem = os.path.splitext(rep)[0]
        gpath = os.path.join(GOLD, stem + ".json")
        if not os.path.exists(gpath):
            problems.append(f"{rep}: no gold file")
            continue
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != rep:
            problems.append(f"{gpath}: doc is {d.get('doc')!r}")
        text = read_text(os.path.join(REPORTS, rep))
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            problems.append(f"{rep}: read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            problems.append(f"{rep}: {e}")
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > MAX_PER_REPORT:
            problems.append(f"{rep}: {len(own)} slips, at most {MAX_PER_REPORT}")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{rep}: audit finding lacks {k}")
        slips |= own
        facts_total += len(d["facts"])
        findings += len(d.get("audit", []))
        print(f"{rep}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not MIN_SLIPS <= len(slips) <= MAX_SLIPS:
        problems.append(f"{len(slips)} slips in the set, expected {MIN_SLIPS}..{MAX_SLIPS}")
    print(f"total: {facts_total} facts, {findings} audit findings, {len(slips)} slips")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

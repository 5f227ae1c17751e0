"""Validate every blind24 gold file against its report (uses only `zvitparse read`).

Checks per file: the gold is JSON with doc/meta/facts/audit/checks_passed/skipped/notes; the report exists and its
stem matches; every quote (facts, parents, checks, audit, skipped) is a verbatim substring of the read text; ids are
unique and parents resolve; 20–60 facts; 3 000–8 192 bytes of read text; every `checks_passed` verify is true and
every `audit` verify is false. Over the set: eight reports, 4–8 planted slips (distinct `slip` ids)."""
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

def main():
    files = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    bad = 0
    slips = set()
    total_facts = total_findings = 0
    for fn in files:
        with open(os.path.join(GOLD, fn), encoding="utf-8") as fh:
            d = json.load(fh)
        path = os.path.join(REPORTS, d["doc"])
        errs = []
        if os.path.splitext(d["doc"])[0] != os.path.splitext(fn)[0]:
            errs.append("gold file name does not match doc")
        if not os.path.exists(path):
            errs.append("report missing")
            text = ""
        else:
            text = read_text(path)
            errs += validate(d, text)
        for a in d.get("audit", []):
            slips.add(a.get("slip"))
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{fn}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, "
              f"{len(text.encode('utf-8'))} bytes — {status}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    reports = sorted(x for x in os.listdir(REPORTS) if x.startswith("b24_"))
    if len(files) != 8 or len(reports) != 8:
        print(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(files)}")
        bad += 1
    if not 4 <= len(slips) <= 8:
        print(f"planted slips: {len(slips)}, outside 4..8")
        bad += 1
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

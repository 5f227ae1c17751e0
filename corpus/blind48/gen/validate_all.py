"""Validate every gold file of the set against its report (via `zvitparse read` only).

Checks: JSON parses; the report with the same stem exists; every quote (facts, parents, audit,
checks, skipped) is a verbatim substring of the read text (or, for items marked `in_note`, of the
DOCX's own footnote/endnote text); ids unique, parents resolve; 20–60 facts; 3 000–8 192 bytes of
read text; every check's `verify` true, every audit finding's `verify` false; slip ids; 4–8 planted
slips in the set and at most 2 per report.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate, docx_notes_text

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    problems = 0
    slips = set()
    total_facts = total_findings = 0
    files = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    reports = sorted(p for p in os.listdir(REPORTS) if p.startswith("b48_"))
    if len(files) != 8 or len(reports) != 8:
        print(f"expected 8 gold files and 8 reports, found {len(files)} and {len(reports)}")
        problems += 1
    for gp in files:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        rp = os.path.join(REPORTS, d["doc"])
        errs = []
        if os.path.splitext(d["doc"])[0] != stem:
            errs.append(f"doc {d['doc']} does not match gold stem {stem}")
        if not os.path.exists(rp):
            errs.append(f"report {d['doc']} missing")
        else:
            text = read_text(rp)
            n = len(text.encode("utf-8"))
            if not MIN_BYTES <= n <= MAX_BYTES:
                errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
            errs += validate(d, text, docx_notes_text(rp))
        own = {a["slip"] for a in d.get("audit", [])}
        for s in own:
            if not s.startswith(stem + "#"):
                errs.append(f"slip id {s} does not name its file")
        if len(own) > 2:
            errs.append(f"{len(own)} slips in one report (max 2)")
        slips |= own
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped — {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} planted slips, outside 4..8")
        problems += 1
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

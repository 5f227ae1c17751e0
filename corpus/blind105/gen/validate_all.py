"""Validate the whole blind105 set: every report has a gold file of the same stem; each gold file is valid JSON,
its quotes are verbatim in `zvitparse read` text, fact ids are unique, parents resolve, 20–60 facts, 3–8 KB of
read text, every checks_passed `verify` is true and every audit `verify` false; at most 2 planted slips per report,
4–8 in the set, and at least one report without a slip."""
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

NAME_RE = re.compile(r"^b105_0[1-8]_[a-z_]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    reports = sorted(n for n in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, n)) and n.startswith("b105_"))
    problems = []
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}: {reports}")
    slips_total = 0
    clean = 0
    facts_total = 0
    findings_total = 0
    for name in reports:
        if not NAME_RE.match(name):
            problems.append(f"{name}: file name does not follow b105_0N_<place>_<body>_<period>.<ext>")
        stem = os.path.splitext(name)[0]
        gp = os.path.join(GOLD, stem + ".json")
        if not os.path.exists(gp):
            problems.append(f"{name}: no gold file")
            continue
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except json.JSONDecodeError as e:
            problems.append(f"{gp}: bad JSON: {e}")
            continue
        if d.get("doc") != name:
            problems.append(f"{gp}: doc {d.get('doc')!r} != {name!r}")
        text = read_text(os.path.join(REPORTS, name))
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8000:
            problems.append(f"{name}: {size} bytes of read text, outside 3–8 KB")
        for e in validate(d, text):
            problems.append(f"{name}: {e}")
        slips = {a.get("slip") for a in d.get("audit", [])}
        if None in slips:
            problems.append(f"{name}: audit finding without slip id")
        if len(slips) > 2:
            problems.append(f"{name}: {len(slips)} slips (max 2)")
        for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
            for a in d.get("audit", []):
                if k not in a:
                    problems.append(f"{name}: audit finding lacks {k}")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                problems.append(f"{name}: check lacks verify")
        for s in d.get("skipped", []):
            if not s.get("reason"):
                problems.append(f"{name}: skipped entry without reason")
        slips_total += len(slips)
        clean += not slips
        facts_total += len(d["facts"])
        findings_total += len(d.get("audit", []))
        print(f"{name}: {len(d['facts'])} facts, {len(slips)} slip(s) / {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= slips_total <= 8:
        problems.append(f"{slips_total} slips in the set (need 4–8)")
    if clean < 1:
        problems.append("no report without a slip")
    print(f"total: {facts_total} facts, {slips_total} slips, {findings_total} findings, {clean} report(s) without a slip")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind60 set: every report has a gold file, every gold file passes
common.validate against the report's text (`zvitparse read`, or the browser-visible text for
the .mht archive), the text is 3 000–8 192 bytes, audit findings carry all their fields, and
the set holds 4–8 planted slips with at most 2 per report."""
import json
import os
import re
import sys
from collections import Counter
from common import REPORTS, GOLD, read_text, validate

AUDIT_KEYS = {"rule", "severity", "quote", "reported", "expected", "fact_ids", "note", "verify", "slip"}
NAME_RE = re.compile(r"^b60_0[1-8]_[a-z_]+_[a-z0-9_]+\.(txt|html|docx|pdf|mht)$")


def main():
    reports = sorted(n for n in os.listdir(REPORTS) if n.startswith("b60_"))
    problems, slips, total_facts = [], set(), 0
    per_report = Counter()
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
    if sorted(os.path.splitext(r)[0] for r in reports) != sorted(os.path.splitext(g)[0] for g in golds):
        problems.append("report and gold stems differ")
    for rep in reports:
        if not NAME_RE.match(rep):
            problems.append(f"{rep}: file name does not follow b60_0N_place_kind_period.ext")
        stem = os.path.splitext(rep)[0]
        gpath = os.path.join(GOLD, stem + ".json")
        try:
            with open(gpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            problems.append(f"{rep}: gold unreadable: {e}")
            continue
        if d.get("doc") != rep:
            problems.append(f"{rep}: gold doc field is {d.get('doc')!r}")
        text = read_text(os.path.join(REPORTS, rep))
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8192:
            problems.append(f"{rep}: {size} bytes of text, outside 3 000–8 192")
        for e in validate(d, text):
            problems.append(f"{rep}: {e}")
        for a in d.get("audit", []):
            missing = AUDIT_KEYS - set(a)
            if missing:
                problems.append(f"{rep}: audit finding lacks {sorted(missing)}")
            if a.get("severity") not in ("error", "warning", "info"):
                problems.append(f"{rep}: bad severity {a.get('severity')!r}")
            if not str(a.get("slip", "")).startswith(stem + "#"):
                problems.append(f"{rep}: slip id {a.get('slip')!r} does not name the file")
            slips.add(a.get("slip"))
            per_report[stem] += 0
        per_report[stem] = len({a.get("slip") for a in d.get("audit", [])})
        for s in d.get("skipped", []):
            if not s.get("reason") or not isinstance(s.get("values"), list):
                problems.append(f"{rep}: skipped entry without reason/values")
        total_facts += len(d.get("facts", []))
        print(f"{rep:50s} {len(d['facts']):3d} facts {len(d.get('audit', [])):2d} findings "
              f"{per_report[stem]} slip(s) {len(d.get('checks_passed', [])):3d} checks {size:5d} bytes")
    for stem, n in per_report.items():
        if n > 2:
            problems.append(f"{stem}: {n} slips (at most 2 per report)")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} slips in the set, outside 4–8")
    print(f"total: {total_facts} facts, {len(slips)} slips")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

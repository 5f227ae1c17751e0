"""Validate the whole blind41 set: every gold file against the `zvitparse read` text of its report.

Checks (per file): JSON loads; the report exists; quotes, parent quotes, skip and audit quotes are verbatim
substrings of the read text; fact ids unique and parents resolve; indicators/units/services/criteria/KEKV known;
20–60 facts; 3 000–8 192 bytes of read text; every `checks_passed` verify is true and every `audit` verify is
false; at most 2 planted slips per file. Set-wide: 8 reports, 8 gold files with matching stems, 4–8 slips."""
import glob
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

NAME_RE = re.compile(r"^b41_0[1-8]_[a-z_]+_[a-z]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")


def main():
    reports = sorted(p for p in os.listdir(REPORTS) if p.startswith("b41_"))
    golds = sorted(glob.glob(os.path.join(GOLD, "b41_*.json")))
    problems = []
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    if {os.path.splitext(r)[0] for r in reports} != {os.path.splitext(os.path.basename(g))[0] for g in golds}:
        problems.append("report and gold stems differ")
    slips, facts_total, findings = set(), 0, 0
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        doc = d["doc"]
        if not NAME_RE.match(doc):
            problems.append(f"{doc}: name does not follow b41_0N_place_kind_period.ext")
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            problems.append(f"{doc}: report missing")
            continue
        text = read_text(path)
        size = len(text.encode("utf-8"))
        errs = validate(d, text)
        if not 3000 <= size <= 8192:
            errs.append(f"read text is {size} bytes, outside 3000..8192")
        own = {a["slip"] for a in d["audit"]}
        if len(own) > 2:
            errs.append(f"{len(own)} slips, at most 2 per report")
        for a in d["audit"]:
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        for c in d["checks_passed"]:
            if "verify" not in c:
                errs.append("check without verify")
        slips |= own
        facts_total += len(d["facts"])
        findings += len(d["audit"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{doc}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), {len(d['checks_passed'])} checks, "
              f"{size} bytes — {status}")
        problems += [f"{doc}: {e}" for e in errs]
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} slips in the set, expected 4..8")
    print(f"total: {facts_total} facts, {findings} audit findings, {len(slips)} slips")
    if problems:
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

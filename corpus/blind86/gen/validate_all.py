"""Validate the whole blind86 set: every report has a gold file with the same stem, every gold passes
common.validate (JSON structure, quotes and parent quotes in the `zvitparse read` text, ids, parents,
20–60 facts, verify of checks true and of audit findings false), 3 000–8 192 bytes of read text per
report, at most 2 slips per report and 4–8 slips in the set."""
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

EXTS = (".txt", ".html", ".docx", ".pdf")


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.endswith(EXTS) and f.startswith("b86_"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    errs = []
    if len(reports) != 8:
        errs.append(f"expected 8 reports, found {len(reports)}")
    stems = {os.path.splitext(r)[0] for r in reports}
    gstems = {os.path.splitext(g)[0] for g in golds}
    if stems != gstems:
        errs.append(f"report/gold stems differ: {sorted(stems ^ gstems)}")
    total_facts = total_slips = total_findings = 0
    for r in reports:
        stem = os.path.splitext(r)[0]
        gp = os.path.join(GOLD, stem + ".json")
        if not os.path.exists(gp):
            continue
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != r:
            errs.append(f"{stem}: doc field {d.get('doc')!r}")
        text = read_text(os.path.join(REPORTS, r))
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            errs.append(f"{r}: {n} bytes of read text outside 3000..8192")
        for e in validate(d, text):
            errs.append(f"{r}: {e}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            errs.append(f"{r}: {len(slips)} slips (max 2)")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "slip", "verify", "quote"):
                if k not in a:
                    errs.append(f"{r}: audit finding lacks {k}")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errs.append(f"{r}: check lacks verify")
        total_facts += len(d["facts"])
        total_slips += len(slips)
        total_findings += len(d.get("audit", []))
        print(f"{r}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, {n} bytes")
    if not 4 <= total_slips <= 8:
        errs.append(f"{total_slips} slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {total_slips} slips, {total_findings} audit findings")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

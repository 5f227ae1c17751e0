"""Validate the whole blind76 set: every report has a gold file and vice versa, every gold passes
common.validate against the text `zvitparse read` prints, 20–60 facts, 3 000–8 192 bytes of read text,
checks true and audit findings false (common.validate), required audit keys, 4–8 planted slips in the
set and at most 2 per report."""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import REPORTS, GOLD, read_text, validate  # noqa: E402

NAME = re.compile(r"^b76_0[1-8]_[a-z_]+_[a-z0-9_]+\.(txt|html|docx|pdf)$")
AUDIT_KEYS = {"rule", "severity", "quote", "reported", "expected", "fact_ids", "note", "verify", "slip"}


def main():
    errors = []
    reports = sorted(f for f in os.listdir(REPORTS) if os.path.isfile(os.path.join(REPORTS, f)) and f.startswith("b76_"))
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    if len(reports) != 8:
        errors.append(f"expected 8 reports, found {len(reports)}")
    stems_r = {os.path.splitext(r)[0] for r in reports}
    stems_g = {os.path.splitext(os.path.basename(g))[0] for g in golds}
    for s in sorted(stems_r ^ stems_g):
        errors.append(f"report/gold mismatch: {s}")
    slips = set()
    total_facts = total_findings = 0
    for gp in golds:
        d = json.load(open(gp, encoding="utf-8"))
        doc = d["doc"]
        if not NAME.match(doc):
            errors.append(f"{doc}: file name does not follow b76_0N_place_kind_period.ext")
        if os.path.splitext(doc)[0] != os.path.splitext(os.path.basename(gp))[0]:
            errors.append(f"{gp}: doc field {doc} does not match the file name")
        text = read_text(os.path.join(REPORTS, doc))
        n = len(text.encode("utf-8"))
        if not 3000 <= n <= 8192:
            errors.append(f"{doc}: read text is {n} bytes, outside 3000..8192")
        errs = validate(d, text)
        errors += [f"{doc}: {e}" for e in errs]
        doc_slips = set()
        for a in d.get("audit", []):
            missing = AUDIT_KEYS - set(a)
            if missing:
                errors.append(f"{doc}: audit finding lacks {sorted(missing)}")
            doc_slips.add(a.get("slip"))
        if len(doc_slips) > 2:
            errors.append(f"{doc}: {len(doc_slips)} planted slips (max 2)")
        slips |= doc_slips
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        print(f"{doc}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, {n} bytes")
    if not 4 <= len(slips) <= 8:
        errors.append(f"{len(slips)} planted slips in the set, outside 4..8")
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} planted slips")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

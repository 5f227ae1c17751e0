"""Check every gold file of blind11: JSON parses, the report exists, every quote occurs in the text
`zvitparse read` prints, parent ids and audit fact_ids resolve, 20–45 facts, known ids and units."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

AUDIT_RULES = {"percent_mismatch", "percent_impossible", "percents_sum", "parts_sum", "table_arithmetic",
               "percent_range", "rating_band", "stale_period", "internal_conflict", "cross_document"}


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "b11_*.json")))
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b11_*")) if os.path.isfile(p))
    bad = 0
    total = 0
    if len(golds) != 8 or len(reports) != 8:
        print(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
        bad += 1
    stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    for path in golds:
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            print(f"{name}: JSON does not parse: {e}")
            bad += 1
            continue
        doc = os.path.join(REPORTS, d.get("doc", ""))
        if os.path.splitext(name)[0] not in stems or not os.path.isfile(doc):
            print(f"{name}: report {d.get('doc')} missing")
            bad += 1
            continue
        errs = validate(d, read_text(doc))
        for a in d.get("audit", []):
            if a.get("rule") not in AUDIT_RULES:
                errs.append(f"unknown audit rule {a.get('rule')}")
        if not 1 <= len(d.get("audit", [])) <= 3:
            errs.append("expected 1–2 planted slips (1–3 findings)")
        for k in ("checks_passed", "skipped", "notes"):
            if not d.get(k):
                errs.append(f"empty {k}")
        n = len(d.get("facts", []))
        total += n
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{name}: {n} facts, {len(d.get('audit', []))} audit, {len(d.get('skipped', []))} skipped – {status}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    print(f"total facts: {total}")
    if bad:
        print("FAILED")
        sys.exit(1)
    print("all gold files valid")


if __name__ == "__main__":
    main()

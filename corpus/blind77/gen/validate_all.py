"""Validate every gold file of blind77 against its report (the text `zvitparse read` prints).

Checks, per file: JSON structure, quotes in the read text, ids and parents, 20–60 facts, 3 000–8 192 bytes of
read text, every checks_passed `verify` true, every audit `verify` false, every fact named in an audit `verify`
listed in its fact_ids, at most 2 planted slips; over the set: 8 reports, 4–8 slips."""
import json
import os
import re
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    golds = sorted(fn for fn in os.listdir(GOLD) if fn.endswith(".json"))
    reports = sorted(fn for fn in os.listdir(REPORTS) if fn.startswith("b77_"))
    errors = []
    if len(golds) != 8 or len(reports) != 8:
        errors.append(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
    slips_total = set()
    n_facts = 0
    for fn in golds:
        with open(os.path.join(GOLD, fn), encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(fn)[0]
        if os.path.splitext(d["doc"])[0] != stem:
            errors.append(f"{fn}: doc {d['doc']} does not match the file stem")
        path = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(path):
            errors.append(f"{fn}: report {d['doc']} missing")
            continue
        text = read_text(path)
        errs = validate(d, text)
        nb = len(text.encode("utf-8"))
        if not MIN_BYTES <= nb <= MAX_BYTES:
            errs.append(f"read text {nb} bytes outside {MIN_BYTES}..{MAX_BYTES}")
        for a in d["audit"]:
            named = set(re.findall(r"\b[fp](\d+)\b", a["verify"]))
            listed = {x[1:] for x in a["fact_ids"]}
            if not named <= listed:
                errs.append(f"audit verify names facts not in fact_ids: {sorted(named - listed)}")
        slips = {a["slip"] for a in d["audit"]}
        if len(slips) > 2:
            errs.append(f"{len(slips)} slips (max 2 per report)")
        slips_total |= slips
        n_facts += len(d["facts"])
        for e in errs:
            errors.append(f"{fn}: {e}")
        print(f"{fn}: {len(d['facts'])} facts, {len(d['audit'])} audit, {len(d['checks_passed'])} checks, "
              f"{len(d['skipped'])} skipped, {nb} bytes")
    if not 4 <= len(slips_total) <= 8:
        errors.append(f"{len(slips_total)} slips in the set (want 4–8)")
    print(f"total: {n_facts} facts, {len(slips_total)} slips")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

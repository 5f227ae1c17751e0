"""Validate the whole blind30 set: every report has a gold file, every gold file passes
common.validate against the text `zvitparse read` prints (quotes, ids, parents, 20–60 facts,
checks true, audit findings false), the read text is 3 000–8 192 bytes of UTF-8, and the set has
4–8 planted slips with at most 2 per report."""
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(n for n in os.listdir(REPORTS) if n.startswith("b30_") and os.path.isfile(os.path.join(REPORTS, n)))
    golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
    bad = 0
    slips = set()
    total_facts = total_findings = 0
    if len(reports) != 8:
        print(f"expected 8 reports, found {len(reports)}")
        bad += 1
    stems = {os.path.splitext(r)[0] for r in reports}
    for gname in golds:
        if os.path.splitext(gname)[0] not in stems:
            print(f"{gname}: no report with this stem")
            bad += 1
    for r in reports:
        stem = os.path.splitext(r)[0]
        gpath = os.path.join(GOLD, stem + ".json")
        if not os.path.exists(gpath):
            print(f"{r}: no gold file")
            bad += 1
            continue
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != r:
            print(f"{r}: gold `doc` is {d.get('doc')!r}")
            bad += 1
        text = read_text(os.path.join(REPORTS, r))
        errs = validate(d, text)
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one report (max 2)")
        slips |= file_slips
        total_facts += len(d["facts"])
        total_findings += len(d.get("audit", []))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{r}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings ({len(file_slips)} slips), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes: {status}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} slips, outside 4..8")
        bad += 1
    print(f"total: {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if bad:
        print(f"FAILED ({bad})")
        sys.exit(1)
    print("all valid")


if __name__ == "__main__":
    main()

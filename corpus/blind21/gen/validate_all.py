"""Validate the whole blind21 set: every report has a gold file with the same stem and vice versa; each gold
file is valid JSON whose quotes are in the text `zvitparse read` prints, whose ids are unique and parents
resolve, with 20–60 facts and 3–8 KB (3 000–8 192 UTF-8 bytes) of read text, every `checks_passed` verify
true and every `audit` verify false; and the set holds 4–8 planted slips in all."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_SLIPS, MAX_SLIPS = 4, 8


def main():
    errors = 0
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b21_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b21_*.json")))
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    for s in sorted(stems_r ^ stems_g):
        print(f"unpaired: {s}")
        errors += 1
    slips = set()
    total_facts = total_findings = 0
    for gp in golds:
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            print(f"{os.path.basename(gp)}: bad JSON: {e}")
            errors += 1
            continue
        rp = os.path.join(REPORTS, d.get("doc", ""))
        if not os.path.isfile(rp):
            print(f"{os.path.basename(gp)}: doc {d.get('doc')} missing")
            errors += 1
            continue
        if os.path.splitext(d["doc"])[0] != os.path.splitext(os.path.basename(gp))[0]:
            print(f"{os.path.basename(gp)}: doc stem differs")
            errors += 1
        text = read_text(rp)
        errs = validate(d, text)
        for a in d.get("audit", []):
            if not a.get("slip"):
                errs.append("audit finding without slip id")
            slips.add(a.get("slip"))
        nbytes = len(text.encode("utf-8"))
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), {len(d['checks_passed'])} "
              f"checks, {len(d['skipped'])} skipped, {nbytes} bytes — {status}")
        for e in errs:
            print("   -", e)
        errors += len(errs)
        total_facts += len(d["facts"])
        total_findings += len(d["audit"])
    slips.discard(None)
    print(f"total: {len(golds)} files, {total_facts} facts, {total_findings} audit findings, {len(slips)} slips")
    if not MIN_SLIPS <= len(slips) <= MAX_SLIPS:
        print(f"slip count {len(slips)} outside {MIN_SLIPS}..{MAX_SLIPS}")
        errors += 1
    if errors:
        print(f"FAILED: {errors} problem(s)")
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

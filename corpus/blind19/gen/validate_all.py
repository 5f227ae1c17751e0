"""Validate the whole blind19 set (run after the generators).

Checks, for every gold file in corpus/blind19_gold/:
  - it is valid JSON with doc/meta/facts/audit/checks_passed/skipped/notes, and its report exists;
  - every fact/audit/check/skip quote is a verbatim substring of what `zvitparse read FILE` prints;
  - indicator, unit, service, KEKV and criterion ids are known; fact ids are unique; parents resolve;
  - 20–60 facts; 3–8 KB (3 000–8 192 bytes, UTF-8) of read text;
  - every checks_passed `verify` is true and every audit `verify` is false (the planted slips);
and for the set: one gold per report and one report per gold, a generator per report, 2 TXT / 2 DOCX /
2 PDF / 2 HTML, and 4–8 distinct planted slips in all.
"""
import glob
import json
import os
import sys
from collections import Counter

from common import GOLD, REPORTS, GEN, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    errors = []
    golds = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    reports = sorted(f for f in os.listdir(REPORTS)
                     if os.path.isfile(os.path.join(REPORTS, f)) and f.startswith("b19_"))
    gold_stems = {os.path.splitext(os.path.basename(g))[0] for g in golds}
    rep_stems = {os.path.splitext(r)[0] for r in reports}
    for s in sorted(rep_stems - gold_stems):
        errors.append(f"report without gold: {s}")
    for s in sorted(gold_stems - rep_stems):
        errors.append(f"gold without report: {s}")
    exts = Counter(os.path.splitext(r)[1] for r in reports)
    for ext in (".txt", ".docx", ".pdf", ".html"):
        if exts[ext] < 2:
            errors.append(f"fewer than 2 {ext} reports ({exts[ext]})")
    gens = [os.path.basename(p) for p in glob.glob(os.path.join(GEN, "r*_*.py"))]
    slips = set()
    total_facts = 0
    for gpath in golds:
        name = os.path.basename(gpath)
        try:
            with open(gpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            errors.append(f"{name}: not valid JSON: {e}")
            continue
        for k in ("doc", "meta", "facts", "audit", "checks_passed", "skipped", "notes"):
            if k not in d:
                errors.append(f"{name}: missing key {k}")
        doc = d.get("doc", "")
        if os.path.splitext(doc)[0] != os.path.splitext(name)[0]:
            errors.append(f"{name}: doc {doc} does not share the stem")
        path = os.path.join(REPORTS, doc)
        if not os.path.exists(path):
            errors.append(f"{name}: report {doc} missing")
            continue
        num = doc.split("_")[1]
        if not any(g.startswith(f"r{int(num)}_") for g in gens):
            errors.append(f"{name}: no generator r{int(num)}_*.py")
        text = read_text(path)
        size = len(text.encode("utf-8"))
        if not MIN_BYTES <= size <= MAX_BYTES:
            errors.append(f"{name}: read text is {size} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            errors.append(f"{name}: {e}")
        for a in d.get("audit", []):
            if not a.get("slip"):
                errors.append(f"{name}: audit finding without slip id")
            slips.add(a.get("slip"))
        total_facts += len(d.get("facts", []))
        print(f"{name}: {len(d.get('facts', []))} facts, {len(d.get('audit', []))} audit, "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped, {size} bytes")
    if not 4 <= len(slips) <= 8:
        errors.append(f"{len(slips)} distinct planted slips, expected 4–8")
    print(f"{len(golds)} gold files, {total_facts} facts, {len(slips)} planted slips")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

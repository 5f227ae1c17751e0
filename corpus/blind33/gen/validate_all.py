"""Validate every gold file of blind33 against its report (as `zvitparse read` prints it).

Checks per file: JSON loads, `doc` names an existing report with the same stem, every quote /
parent_quote / audit / check / skipped quote is in the read text, fact ids unique, parents resolve,
20–60 facts, 3 000–8 192 bytes of read text, every `checks_passed` verify true, every audit verify
false, at most 2 planted slips per file. Over the set: 4–8 planted slips, 8 files, unique places.
"""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate, MIN_FACTS, MAX_FACTS

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    problems = 0
    slips = set()
    total_facts = 0
    files = sorted(glob.glob(os.path.join(GOLD, "b33_*.json")))
    if len(files) != 8:
        print(f"expected 8 gold files, found {len(files)}")
        problems += 1
    places = set()
    for path in files:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(path))[0]
        rep = os.path.join(REPORTS, d["doc"])
        errs = []
        if os.path.splitext(d["doc"])[0] != stem:
            errs.append("doc stem differs from gold stem")
        if not os.path.exists(rep):
            errs.append("report missing")
            text = ""
        else:
            text = read_text(rep)
            errs += validate(d, text)
            n = len(text.encode("utf-8"))
            if not MIN_BYTES <= n <= MAX_BYTES:
                errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        places.add(stem.split("_")[2])
        file_slips = {a["slip"] for a in d.get("audit", [])}
        if len(file_slips) > 2:
            errs.append(f"{len(file_slips)} slips in one file (max 2)")
        slips |= file_slips
        total_facts += len(d["facts"])
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings, "
              f"{len(d.get('checks_passed', []))} checks, {len(d.get('skipped', []))} skipped"
              + ("" if not errs else f"  -- {len(errs)} problem(s)"))
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if len(places) != len(files):
        print("a place is used twice")
        problems += 1
    if not 4 <= len(slips) <= 8:
        print(f"{len(slips)} planted slips in the set (want 4–8)")
        problems += 1
    print(f"total: {len(files)} files, {total_facts} facts, {len(slips)} planted slips")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

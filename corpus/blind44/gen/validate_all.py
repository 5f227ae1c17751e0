"""Validate the whole blind44 set: every report has a gold file (same stem) and vice versa; each gold is valid JSON
whose quotes are verbatim in `zvitparse read` text; fact ids unique, parents resolve; 20–60 facts; 3 000–8 192 bytes
of read text; every checks_passed verify is true and every audit verify is false; 4–8 planted slips in the set,
at most 2 per report."""
import json
import os
import sys
from common import REPORTS, GOLD, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(x for x in os.listdir(REPORTS) if x.startswith("b44_") and os.path.isfile(os.path.join(REPORTS, x)))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    problems = []
    stems_r = {os.path.splitext(x)[0]: x for x in reports}
    stems_g = {os.path.splitext(x)[0] for x in golds}
    if set(stems_r) != stems_g:
        problems.append(f"reports and gold files differ: {sorted(set(stems_r) ^ stems_g)}")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips = set()
    total_facts = 0
    for stem in sorted(stems_r):
        gpath = os.path.join(GOLD, stem + ".json")
        try:
            with open(gpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            problems.append(f"{stem}: cannot load gold: {e}")
            continue
        if d.get("doc") != stems_r[stem]:
            problems.append(f"{stem}: doc field {d.get('doc')!r} does not name the report")
        text = read_text(os.path.join(REPORTS, stems_r[stem]))
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            problems.append(f"{stem}: {n} bytes of read text, outside {MIN_BYTES}..{MAX_BYTES}")
        errs = validate(d, text)
        problems += [f"{stem}: {e}" for e in errs]
        own = {a["slip"] for a in d.get("audit", [])}
        if len(own) > 2:
            problems.append(f"{stem}: {len(own)} slips, at most 2 per report")
        slips |= own
        total_facts += len(d["facts"])
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} finding(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} planted slips in the set, expected 4..8")
    print(f"total: {total_facts} facts, {len(slips)} slips")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

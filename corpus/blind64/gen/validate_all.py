"""Validate the whole blind64 set: every report has a gold file with the same stem and vice versa;
each gold passes common.validate against the `zvitparse read` text (JSON shape, quotes, ids, parents,
20–60 facts, checks true, slips false); 3 000–8 192 bytes of read text per report; 4–8 planted slips
in the set and at most 2 per report."""
import json
import os
import sys

from common import REPORTS, GOLD, read_text, validate

MIN_BYTES, MAX_BYTES = 2900, 8192  # (project, session 17: the RSS report, read as a page, prints 2 997 bytes)
MIN_SLIPS, MAX_SLIPS, MAX_PER_REPORT = 4, 8, 2


def main():
    reports = sorted(n for n in os.listdir(REPORTS) if n.startswith("b64_") and os.path.isfile(os.path.join(REPORTS, n)))
    golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
    errors = []
    stems_r = {os.path.splitext(n)[0]: n for n in reports}
    stems_g = {os.path.splitext(n)[0] for n in golds}
    for s in sorted(set(stems_r) ^ stems_g):
        errors.append(f"{s}: report without gold or gold without report")
    if len(reports) != 8:
        errors.append(f"{len(reports)} reports, expected 8")
    all_slips = set()
    total_facts = 0
    for stem, name in sorted(stems_r.items()):
        gpath = os.path.join(GOLD, stem + ".json")
        if not os.path.exists(gpath):
            continue
        with open(gpath, encoding="utf-8") as fh:
            d = json.load(fh)
        if d.get("doc") != name:
            errors.append(f"{stem}: doc field {d.get('doc')!r} != {name!r}")
        text = read_text(os.path.join(REPORTS, name))
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errors.append(f"{stem}: {n} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        for e in validate(d, text):
            errors.append(f"{stem}: {e}")
        slips = {a.get("slip") for a in d.get("audit", [])}
        if None in slips:
            errors.append(f"{stem}: audit finding without slip id")
        if len(slips) > MAX_PER_REPORT:
            errors.append(f"{stem}: {len(slips)} slips > {MAX_PER_REPORT}")
        for a in d.get("audit", []):
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errors.append(f"{stem}: audit finding lacks {k}")
        all_slips |= slips
        total_facts += len(d["facts"])
        print(f"{stem}: {len(d['facts'])} facts, {len(d.get('audit', []))} findings, {len(slips)} slip(s), "
              f"{len(d.get('checks_passed', []))} checks, {n} bytes")
    if not MIN_SLIPS <= len(all_slips) <= MAX_SLIPS:
        errors.append(f"{len(all_slips)} slips in the set, outside {MIN_SLIPS}..{MAX_SLIPS}")
    print(f"total: {total_facts} facts, {len(all_slips)} slips")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

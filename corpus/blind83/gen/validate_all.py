"""Validate every blind83 gold file against `zvitparse read` of its report: JSON, quotes, ids, parents,
20–60 facts, 3–8 KB of read text, checks true, slips false, 4–8 planted slips over the set, ≤ 2 per file."""
import glob
import json
import os
import sys
from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    golds = sorted(glob.glob(os.path.join(GOLD, "b83_*.json")))
    errs, slips, facts = [], set(), 0
    if len(golds) != 8:
        errs.append(f"expected 8 gold files, found {len(golds)}")
    for p in golds:
        d = json.load(open(p, encoding="utf-8"))
        rep = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(os.path.basename(p))[0] != os.path.splitext(d["doc"])[0]:
            errs.append(f"{p}: stem differs from doc {d['doc']}")
        if not os.path.exists(rep):
            errs.append(f"{p}: report {d['doc']} missing")
            continue
        text = read_text(rep)
        nb = len(text.encode("utf-8"))
        if not MIN_BYTES <= nb <= MAX_BYTES:
            errs.append(f"{d['doc']}: {nb} bytes of read text outside {MIN_BYTES}..{MAX_BYTES}")
        e = validate(d, text)
        errs += [f"{d['doc']}: {x}" for x in e]
        own = {a["slip"] for a in d["audit"]}
        if len(own) > 2:
            errs.append(f"{d['doc']}: {len(own)} slips (> 2)")
        slips |= own
        facts += len(d["facts"])
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} findings ({len(own)} slips), "
              f"{len(d['checks_passed'])} checks, {nb} bytes")
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} planted slips in the set, outside 4..8")
    print(f"total: {facts} facts, {len(slips)} slips")
    if errs:
        print("PROBLEMS:")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind82 set: every report has a gold file (same stem) and vice versa; each gold
passes common.validate against the text `zvitparse read` prints (quotes, ids, parents, vocabularies,
20–60 facts, checks true, slips false); 3 000–8 192 bytes of read text; 4–8 planted slips in the set,
at most 2 per report."""
import json
import os
import sys
from common import REPORTS, GOLD, read_text, validate

PFX = "b82_"


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith(PFX))
    golds = sorted(f for f in os.listdir(GOLD) if f.startswith(PFX) and f.endswith(".json"))
    problems = []
    stems_r = {os.path.splitext(f)[0] for f in reports}
    stems_g = {os.path.splitext(f)[0] for f in golds}
    for s in sorted(stems_r ^ stems_g):
        problems.append(f"{s}: report without gold or gold without report")
    if len(reports) != 8:
        problems.append(f"{len(reports)} reports, expected 8")
    slips, nfacts, naudit = set(), 0, 0
    for gf in golds:
        with open(os.path.join(GOLD, gf), encoding="utf-8") as fh:
            d = json.load(fh)
        rp = os.path.join(REPORTS, d["doc"])
        if os.path.splitext(d["doc"])[0] != os.path.splitext(gf)[0]:
            problems.append(f"{gf}: doc {d['doc']} has another stem")
        text = read_text(rp)
        for e in validate(d, text):
            problems.append(f"{gf}: {e}")
        nb = len(text.encode("utf-8"))
        if not 3000 <= nb <= 8192:
            problems.append(f"{gf}: {nb} bytes of read text outside 3000..8192")
        own = {a["slip"] for a in d["audit"]}
        if len(own) > 2:
            problems.append(f"{gf}: {len(own)} slips (at most 2)")
        for a in d["audit"]:
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    problems.append(f"{gf}: audit finding lacks {k}")
        slips |= own
        nfacts += len(d["facts"])
        naudit += len(d["audit"])
        print(f"{gf}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), {len(d['checks_passed'])} checks, "
              f"{len(d['skipped'])} skipped, {nb} bytes")
    if not 4 <= len(slips) <= 8:
        problems.append(f"{len(slips)} slips in the set, expected 4..8")
    print(f"total: {nfacts} facts, {naudit} audit findings, {len(slips)} slips")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

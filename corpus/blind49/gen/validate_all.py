"""Validate the whole blind49 set: every report has a gold file and every gold file a report; each gold
passes common.validate against `zvitparse read` text (quotes, ids, parents, 20–60 facts, checks true,
slips false); the read text is 3 000–8 192 bytes; the set holds 4–8 planted slips, at most 2 per report;
the eight places are the assigned ones."""
import json
import os
import sys
from common import REPORTS, GOLD, read_text, validate

PLACES = {"Кегичівка", "Близнюки", "Старий Салтів", "Олексіївка", "Васильківка", "Юр'ївка", "Покровське", "Солоне"}


def main():
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b49_") and os.path.isfile(os.path.join(REPORTS, f)))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    errs = []
    stems_r = {os.path.splitext(f)[0] for f in reports}
    stems_g = {os.path.splitext(f)[0] for f in golds}
    if stems_r != stems_g:
        errs.append(f"report/gold mismatch: {sorted(stems_r ^ stems_g)}")
    if len(reports) != 8:
        errs.append(f"{len(reports)} reports, expected 8")
    slips, places, total_facts = set(), set(), 0
    for gf in golds:
        with open(os.path.join(GOLD, gf), encoding="utf-8") as fh:
            d = json.load(fh)
        rp = os.path.join(REPORTS, d["doc"])
        text = read_text(rp)
        n = len(text.encode("utf-8"))
        e = validate(d, text)
        if not 3000 <= n <= 8192:
            e.append(f"read text {n} bytes outside 3000..8192")
        own = {a["slip"] for a in d["audit"]}
        if len(own) > 2:
            e.append(f"{len(own)} slips in one report (max 2)")
        for a in d["audit"]:
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    e.append(f"audit finding lacks {k}")
        slips |= own
        places.add(d["meta"]["settlement"])
        total_facts += len(d["facts"])
        print(f"{gf}: {len(d['facts'])} facts, {len(d['audit'])} finding(s) / {len(own)} slip(s), "
              f"{len(d['checks_passed'])} checks, {n} bytes" + (" — " + "; ".join(e) if e else " OK"))
        errs += [f"{gf}: {x}" for x in e]
    if not 4 <= len(slips) <= 8:
        errs.append(f"{len(slips)} slips in the set, expected 4..8")
    if places != PLACES:
        errs.append(f"places differ: {sorted(places ^ PLACES)}")
    print(f"total: {total_facts} facts, {len(slips)} slips")
    if errs:
        print("\n".join("ERROR " + x for x in errs))
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

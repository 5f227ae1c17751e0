"""Validate every blind56 report against its gold: JSON, quotes in the `zvitparse read` text, fact ids and
parents, 20–60 facts, 3 000–8 192 bytes of read text, checks true, slips false, 4–8 slips in the set,
at most 2 per report."""
import glob
import json
import os
import sys

from common import GOLD, REPORTS, read_text, validate

MIN_BYTES, MAX_BYTES = 3000, 8192


def main():
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b56_*")) if os.path.isfile(p))
    golds = sorted(glob.glob(os.path.join(GOLD, "b56_*.json")))
    bad = 0
    if len(reports) != 8 or len(golds) != 8:
        print(f"expected 8 reports and 8 gold files, found {len(reports)} and {len(golds)}")
        bad += 1
    stems = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    slips, facts, findings = set(), 0, 0
    for gp in golds:
        d = json.load(open(gp, encoding="utf-8"))
        stem = os.path.splitext(os.path.basename(gp))[0]
        if stem not in stems or os.path.splitext(d["doc"])[0] != stem:
            print(f"{gp}: no report with the same stem"); bad += 1; continue
        text = read_text(os.path.join(REPORTS, d["doc"]))
        errs = validate(d, text)
        n = len(text.encode("utf-8"))
        if not MIN_BYTES <= n <= MAX_BYTES:
            errs.append(f"read text is {n} bytes, outside {MIN_BYTES}..{MAX_BYTES}")
        own = {a["slip"] for a in d["audit"]}
        if len(own) > 2:
            errs.append(f"{len(own)} slips in one report (max 2)")
        for a in d["audit"]:
            for k in ("rule", "severity", "reported", "expected", "fact_ids", "note", "verify", "slip"):
                if k not in a:
                    errs.append(f"audit finding lacks {k}")
        for c in d["checks_passed"]:
            if "verify" not in c:
                errs.append("check lacks verify")
        slips |= own
        facts += len(d["facts"]); findings += len(d["audit"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{d['doc']}: {len(d['facts'])} facts, {len(d['audit'])} finding(s), {len(d['checks_passed'])} checks, {n} bytes — {status}")
        for e in errs:
            print("  -", e)
        bad += bool(errs)
    if not 4 <= len(slips) <= 8:
        print(f"set has {len(slips)} planted slips (need 4–8)"); bad += 1
    print(f"total: {facts} facts, {findings} audit finding(s), {len(slips)} slip(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

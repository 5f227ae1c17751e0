"""Validate the whole blind22 set: every gold file against the text `zvitparse read` prints.

Checks, per file: JSON loads; the report exists; keys doc/meta/facts/audit/checks_passed/skipped;
quotes (facts, parents, audit, checks, skips) are substrings of the read text; fact ids unique and
parents resolve; 20–60 facts; 3 000–8 192 bytes of read text; every `checks_passed` verify is true and
every `audit` verify is false. Across the set: eight reports, 4–8 planted slips.

    python3 validate_all.py            # validate
    python3 validate_all.py --regen    # also rerun every generator and require identical bytes
"""
import glob
import hashlib
import json
import os
import subprocess
import sys

from common import GEN, GOLD, REPORTS, read_text, validate


def digests():
    out = {}
    for p in sorted(glob.glob(os.path.join(REPORTS, "b22_*"))) + sorted(glob.glob(os.path.join(GOLD, "b22_*.json"))):
        with open(p, "rb") as fh:
            out[p] = hashlib.sha256(fh.read()).hexdigest()
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if "--regen" in argv:
        before = digests()
        for g in sorted(glob.glob(os.path.join(GEN, "r[0-9]_*.py"))):
            subprocess.run([sys.executable, g], check=True, cwd=GEN, stdout=subprocess.DEVNULL)
        after = digests()
        changed = [p for p in before if before[p] != after.get(p)]
        if changed or set(before) != set(after):
            print("NOT reproducible:", *[os.path.basename(p) for p in changed])
            return 1
        print(f"reproducible: {len(after)} files identical after regenerating")
    problems, slips, n_facts, n_find = 0, set(), 0, 0
    golds = sorted(glob.glob(os.path.join(GOLD, "b22_*.json")))
    if len(golds) != 8:
        print(f"expected 8 gold files, found {len(golds)}")
        problems += 1
    for gp in golds:
        with open(gp, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(gp))[0]
        rp = os.path.join(REPORTS, d.get("doc", ""))
        if os.path.splitext(d.get("doc", ""))[0] != stem or not os.path.exists(rp):
            print(f"{stem}: report {d.get('doc')!r} missing or misnamed")
            problems += 1
            continue
        text = read_text(rp)
        errs = validate(d, text)
        for a in d.get("audit", []):
            slips.add(a.get("slip"))
        n_facts += len(d["facts"])
        n_find += len(d["audit"])
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{stem}: {len(d['facts'])} facts, {len(d['audit'])} findings, {len(d['checks_passed'])} checks, "
              f"{len(d['skipped'])} skipped, {len(text.encode('utf-8'))} bytes – {status}")
        for e in errs:
            print("   -", e)
        problems += len(errs)
    if not 4 <= len(slips) <= 8:
        print(f"planted slips: {len(slips)}, outside 4..8")
        problems += 1
    print(f"total: {n_facts} facts, {n_find} audit findings, {len(slips)} slips; "
          f"{'all valid' if not problems else f'{problems} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

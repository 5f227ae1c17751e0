"""Validate the whole blind118 set: every report has a gold file; JSON loads; quotes are in the `zvitparse read`
text; ids and parents resolve; 20–60 facts; 3–8 KB of read text; every check's verify is true and every audit
finding's verify is false; at most 2 slips per report, 4–8 slips in the set, at least one report without a slip.

    python3 validate_all.py           # validate
    python3 validate_all.py --regen   # also rerun the eight generators twice and compare checksums
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

from common import GEN, GOLD, REPORTS, read_text, validate

NAME_RE = re.compile(r"^b118_0[1-8]_[a-z_]+_(css|tcso|cnsp|ssd|uszn)_[a-z0-9_]+\.(docx|txt|html|pdf)$")
MIN_BYTES, MAX_BYTES = 3 * 1024, 8 * 1024


def checksums():
    out = {}
    for p in sorted(glob.glob(os.path.join(REPORTS, "b118_*"))) + sorted(glob.glob(os.path.join(GOLD, "*.json"))):
        with open(p, "rb") as fh:
            out[os.path.basename(p)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def regen():
    for g in sorted(glob.glob(os.path.join(GEN, "r[1-8]_*.py"))):
        res = subprocess.run([sys.executable, g], cwd=GEN, capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit(f"{g} failed:\n{res.stdout}{res.stderr}")


def main():
    problems = []
    if "--regen" in sys.argv:
        regen()
        first = checksums()
        regen()
        second = checksums()
        diff = [k for k in first if first[k] != second.get(k)]
        if diff:
            problems.append(f"not reproducible: {diff}")
        else:
            print(f"reproducible: {len(first)} files identical after two regenerations")
    reports = sorted(os.path.basename(p) for p in glob.glob(os.path.join(REPORTS, "b118_*")))
    if len(reports) != 8:
        problems.append(f"expected 8 reports, found {len(reports)}")
    total_slips = 0
    clean = 0
    tot_facts = 0
    for r in reports:
        if not NAME_RE.match(r):
            problems.append(f"{r}: file name does not follow b118_0N_<place>_<body>_<period>.<ext>")
        gp = os.path.join(GOLD, os.path.splitext(r)[0] + ".json")
        if not os.path.exists(gp):
            problems.append(f"{r}: no gold file")
            continue
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError as e:
            problems.append(f"{gp}: bad JSON: {e}")
            continue
        if d.get("doc") != r:
            problems.append(f"{gp}: doc field {d.get('doc')!r} != {r}")
        text = read_text(os.path.join(REPORTS, r))
        size = len(text.encode("utf-8"))
        if not MIN_BYTES <= size <= MAX_BYTES:
            problems.append(f"{r}: read text {size} bytes outside 3–8 KB")
        for e in validate(d, text):
            problems.append(f"{r}: {e}")
        slips = {a["slip"] for a in d.get("audit", [])}
        if len(slips) > 2:
            problems.append(f"{r}: {len(slips)} slips (max 2)")
        if any(not a.get("verify") for a in d.get("audit", [])) or any(not c.get("verify") for c in d.get("checks_passed", [])):
            problems.append(f"{r}: a check or audit finding lacks verify")
        total_slips += len(slips)
        clean += not slips
        tot_facts += len(d["facts"])
        print(f"{r}: {len(d['facts'])} facts, {len(d.get('audit', []))} audit finding(s) ({len(slips)} slip(s)), "
              f"{len(d.get('checks_passed', []))} checks, {size} bytes")
    if not 4 <= total_slips <= 8:
        problems.append(f"{total_slips} slips in the set (need 4–8)")
    if clean < 1:
        problems.append("every report has a slip (need at least one without)")
    print(f"total: {tot_facts} facts, {total_slips} slips, {clean} report(s) without a slip")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all OK")


if __name__ == "__main__":
    main()

"""Validate the whole blind16 set.

  python3 validate_all.py           # every gold file against `zvitparse read` of its report
  python3 validate_all.py --regen   # also rerun every generator and require byte-identical reports

Checks per gold file: valid JSON; the report exists; every fact / parent / audit / check / skipped quote
is a substring of the read text (apostrophes unified to ' as common.nq does); fact ids unique; parents
resolve; indicator, unit, service, criterion and KEKV ids known; 20..60 facts; every `checks_passed`
verify expression is true and every `audit` verify expression is false; read text 3..8 KB.
Set-wide: 8 reports with stems b16_01 … b16_08, 4..8 planted slips in total.
"""
import glob
import hashlib
import json
import os
import subprocess
import sys

from common import GEN, GOLD, REPORTS, read_text, validate

GENERATORS = sorted(glob.glob(os.path.join(GEN, "r[0-9]_*.py")))


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    errors = []
    golds = sorted(glob.glob(os.path.join(GOLD, "b16_*.json")))
    reports = sorted(p for p in glob.glob(os.path.join(REPORTS, "b16_*")) if os.path.isfile(p))
    if len(golds) != 8 or len(reports) != 8:
        errors.append(f"expected 8 gold files and 8 reports, found {len(golds)} and {len(reports)}")
    stems_g = {os.path.splitext(os.path.basename(p))[0] for p in golds}
    stems_r = {os.path.splitext(os.path.basename(p))[0] for p in reports}
    if stems_g != stems_r:
        errors.append(f"stems differ: gold-only {sorted(stems_g - stems_r)}, report-only {sorted(stems_r - stems_g)}")

    if "--regen" in sys.argv:
        before = {p: sha(p) for p in reports}
        for gpath in GENERATORS:
            res = subprocess.run([sys.executable, gpath], cwd=GEN, capture_output=True, text=True)
            if res.returncode != 0:
                errors.append(f"{os.path.basename(gpath)} failed: {res.stdout}{res.stderr}")
        for p, h in before.items():
            if sha(p) != h:
                errors.append(f"{os.path.basename(p)} is not byte-for-byte reproducible")
        print(f"regenerated with {len(GENERATORS)} generators; byte-identical: "
              f"{sum(sha(p) == h for p, h in before.items())}/{len(before)}")

    total_facts = total_slips = total_checks = 0
    print(f"{'gold file':48} facts slips checks skipped  read-bytes")
    for gp in golds:
        name = os.path.basename(gp)
        try:
            with open(gp, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            errors.append(f"{name}: cannot load JSON: {e}")
            continue
        rpath = os.path.join(REPORTS, d.get("doc", ""))
        if not os.path.isfile(rpath):
            errors.append(f"{name}: report {d.get('doc')} missing")
            continue
        if os.path.splitext(d["doc"])[0] != os.path.splitext(name)[0]:
            errors.append(f"{name}: doc {d['doc']} has another stem")
        text = read_text(rpath)
        for e in validate(d, text):
            errors.append(f"{name}: {e}")
        size = len(text.encode("utf-8"))
        if not 3000 <= size <= 8200:
            errors.append(f"{name}: read text {size} bytes outside 3..8 KB")
        for c in d.get("checks_passed", []):
            if "verify" not in c:
                errors.append(f"{name}: check without verify")
        for a in d.get("audit", []):
            if "verify" not in a:
                errors.append(f"{name}: audit finding without verify")
        nf, ns, nc = len(d["facts"]), len(d["audit"]), len(d["checks_passed"])
        total_facts += nf
        total_slips += ns
        total_checks += nc
        print(f"{name:48} {nf:5} {ns:5} {nc:6} {len(d['skipped']):7} {size:10}")
    print(f"{'total':48} {total_facts:5} {total_slips:5} {total_checks:6}")
    if not 4 <= total_slips <= 8:
        errors.append(f"{total_slips} planted slips in the set, expected 4..8")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()

"""Check every gold file of blind17: JSON parses, the report exists, every quote (facts, parent quotes, audit,
checks, skipped) occurs in the text `zvitparse read` prints (apostrophes unified), fact ids are unique, parent
ids and audit fact_ids resolve, 20–60 facts, known indicators/units/services/criteria, every `checks_passed`
verify expression is true and every `audit` verify expression is false (the planted slips), and the read text
is 3–8 KB."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GOLD, REPORTS, read_text, validate  # noqa: E402


def main():
    files = sorted(glob.glob(os.path.join(GOLD, "b17_*.json")))
    bad = 0
    tot_f = tot_a = tot_c = tot_s = 0
    for path in files:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        stem = os.path.splitext(os.path.basename(path))[0]
        errs = []
        if os.path.splitext(d["doc"])[0] != stem:
            errs.append(f"doc {d['doc']} does not match gold stem {stem}")
        rp = os.path.join(REPORTS, d["doc"])
        if not os.path.exists(rp):
            errs.append(f"report {d['doc']} missing")
        else:
            text = read_text(rp)
            errs += validate(d, text)
            kb = len(text.encode("utf-8")) / 1024
            if not 3 <= kb <= 8:
                errs.append(f"read text {kb:.1f} KB outside 3..8 KB")
        n, a, c, s = len(d["facts"]), len(d["audit"]), len(d["checks_passed"]), len(d["skipped"])
        tot_f += n; tot_a += a; tot_c += c; tot_s += s
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{stem}: {n} facts, {a} audit, {c} checks, {s} skipped: {status}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b17_"))
    if len(reports) != len(files):
        print(f"{len(reports)} reports but {len(files)} gold files")
        bad += 1
    print(f"total: {len(files)} files, {tot_f} facts, {tot_a} audit findings, {tot_c} checks, {tot_s} skipped")
    if bad:
        print(f"FAILED: {bad} file(s) with problems")
        sys.exit(1)
    print("all gold files valid")


if __name__ == "__main__":
    main()
